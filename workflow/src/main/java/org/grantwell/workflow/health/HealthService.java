package org.grantwell.workflow.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.grantwell.db.migration.SchemaMigrator.DatabaseVendor;
import org.grantwell.workflow.engine.ProcessEngineBootstrap;

/** Checks that the database answers and the engine runs; read at every health request. */
@ApplicationScoped
public class HealthService {

  private static final Logger LOG = Logger.getLogger(HealthService.class.getName());
  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/grantwell")
  private DataSource dataSource;

  @Inject private ProcessEngineBootstrap bootstrap;

  public HealthReport check() {
    ProcessEngine engine = bootstrap.processEngine();
    String engineState = engine == null ? "STOPPED" : "RUNNING";
    boolean jobExecutor =
        engine != null
            && ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor()
                .isActive();
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
        return down(engineState, jobExecutor, "The database does not answer");
      }
      String product =
          DatabaseVendor.fromProductName(connection.getMetaData().getDatabaseProductName())
              .productName();
      String status = engine == null ? "DOWN" : "UP";
      return new HealthReport(
          status, product, schemaVersion(connection), engineState, jobExecutor, null);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Health check cannot reach the database", e);
      return down(engineState, jobExecutor, "The database cannot be reached");
    }
  }

  private static HealthReport down(String engineState, boolean jobExecutor, String message) {
    return new HealthReport("DOWN", null, null, engineState, jobExecutor, message);
  }

  private static String schemaVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                    + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
      return rows.next() ? rows.getString(1) : null;
    }
  }
}
