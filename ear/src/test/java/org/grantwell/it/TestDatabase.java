package org.grantwell.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct JDBC to the test PostgreSQL, for checks from outside the application. */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("grantwell.test.db.url", "jdbc:postgresql://127.0.0.1:5432/grantwell_test"),
        System.getProperty("grantwell.test.db.user", "postgres"),
        System.getProperty("grantwell.test.db.password", "unused"));
  }

  public static long count(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
