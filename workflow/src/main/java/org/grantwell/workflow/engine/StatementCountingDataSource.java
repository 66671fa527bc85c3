package org.grantwell.workflow.engine;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;
import org.grantwell.db.shared.SqlStatementCount;

/**
 * The engine's data source with every statement it prepares counted into {@link
 * SqlStatementCount}: used only when diagnostics are on ({@code -Dgrantwell.diagnostics.sql=true},
 * the benchmark's server), so that a page's statement count includes the engine's queries.
 */
final class StatementCountingDataSource {

  private StatementCountingDataSource() {}

  static DataSource wrap(DataSource dataSource) {
    return proxy(DataSource.class, dataSource, (target, method, args) -> {
      Object result = invoke(target, method, args);
      return result instanceof Connection connection ? counting(connection) : result;
    });
  }

  private static Connection counting(Connection connection) {
    return proxy(Connection.class, connection, (target, method, args) -> {
      String name = method.getName();
      if (name.startsWith("prepare") || name.equals("createStatement")) {
        SqlStatementCount.increment();
      }
      return invoke(target, method, args);
    });
  }

  private interface Call {
    Object on(Object target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Call call) {
    InvocationHandler handler = (proxy, method, args) -> call.on(target, method, args);
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
