package org.grantwell.db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema (the application's tables and the Camunda engine's) to the newest version with
 * Flyway before anything reads the database. The same versioned scripts run on PostgreSQL and H2;
 * only the engine's vendor scripts and the few statements SQL does not share (triggers) differ by
 * database, chosen from the connection's metadata.
 * Flyway's own lock makes two servers starting together migrate once.
 */
public final class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  private final DataSource dataSource;

  public SchemaMigrator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs the pending migrations and returns the schema version now in force. */
  public String migrate() {
    DatabaseVendor vendor = vendor();
    Flyway flyway =
        Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations(
                "classpath:db/migration/common",
                "classpath:db/camunda/" + vendor.folder(),
                "classpath:db/vendor/" + vendor.folder())
            .validateMigrationNaming(true)
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            String.format(
                "Schema on %s migrated from %s to %s (%d migrations applied)",
                vendor.productName(),
                result.initialSchemaVersion,
                result.targetSchemaVersion,
                result.migrationsExecuted));
    return flyway.info().current() == null ? null : flyway.info().current().getVersion().getVersion();
  }

  public DatabaseVendor vendor() {
    try (Connection connection = dataSource.getConnection()) {
      return DatabaseVendor.fromProductName(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }

  /** The databases Grantwell runs on. */
  public enum DatabaseVendor {
    POSTGRESQL("postgresql", "PostgreSQL"),
    H2("h2", "H2");

    private final String folder;
    private final String productName;

    DatabaseVendor(String folder, String productName) {
      this.folder = folder;
      this.productName = productName;
    }

    public String folder() {
      return folder;
    }

    public String productName() {
      return productName;
    }

    public static DatabaseVendor fromProductName(String productName) {
      String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
      if (name.contains("postgres")) {
        return POSTGRESQL;
      }
      if (name.equals("h2")) {
        return H2;
      }
      throw new IllegalStateException(
          "Grantwell runs on PostgreSQL or H2, not on " + productName);
    }
  }
}
