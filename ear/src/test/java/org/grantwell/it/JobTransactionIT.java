package org.grantwell.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An engine command begun on the job executor's kind of thread (the server's managed executor)
 * runs on a connection inside its transaction, as one begun on a request's thread does: before
 * ContainerTransactionInterceptor, the job thread's engine connection was in auto-commit, and a
 * timer's engine writes committed apart from its delegate's JPA writes.
 */
@ExtendWith(ArquillianExtension.class)
class JobTransactionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(JobTransactionIT.class);
  }

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  @Test
  void shouldRunTheEnginesCommandsInTheirTransactionOnTheRequestsThreadAndOnAManagedThread() throws Exception {
    assertFalse(autoCommitOfACommand(), "an engine command on the request's thread is in its transaction");
    assertFalse(executor.submit(JobTransactionIT::autoCommitOfACommand).get(), "an engine command on a managed thread is in its transaction");
  }

  private static boolean autoCommitOfACommand() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) ProcessEngines.getProcessEngine("default").getProcessEngineConfiguration();
    Command<Boolean> autoCommit = context -> {
      try {
        return context.getDbSqlSession().getSqlSession().getConnection().getAutoCommit();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    };
    return configuration.getCommandExecutorTxRequired().execute(autoCommit);
  }
}
