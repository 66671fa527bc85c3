package org.grantwell.db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Runs the real migrations on a fresh in-memory H2 database per test, named after the test. */
class SchemaMigratorOnH2Test {

  private static final Pattern VERSIONED = Pattern.compile("^V([0-9_.]+?)__.+\\.sql$");

  private JdbcDataSource dataSource;

  @BeforeEach
  void newDatabase(TestInfo test) {
    String name = "grantwell-" + test.getTestMethod().orElseThrow().getName();
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void shouldReportHighestMigrationVersionWhenMigratingEmptyDatabase() throws Exception {
    String version = new SchemaMigrator(dataSource).migrate();

    assertThat(version).isEqualTo(highestMigrationVersion());
  }

  @Test
  void shouldSeedAllPoliceForceAreasWhenMigrated() throws SQLException {
    new SchemaMigrator(dataSource).migrate();

    assertThat(queryLong("SELECT COUNT(*) FROM force_area")).isEqualTo(43L);
  }

  @Test
  void shouldSeedCensusPopulationOfEnglandAndWalesWhenMigrated() throws SQLException {
    new SchemaMigrator(dataSource).migrate();

    assertThat(queryLong("SELECT SUM(population) FROM force_area")).isEqualTo(56_075_912L);
  }

  @Test
  void shouldSeedOnePccOfficePerForceAreaWhenMigrated() throws SQLException {
    new SchemaMigrator(dataSource).migrate();

    assertThat(queryLong("SELECT COUNT(*) FROM organisation WHERE org_type = 'PCC_OFFICE'"))
        .isEqualTo(43L);
    assertThat(
            queryLong(
                "SELECT COUNT(DISTINCT force_area_id) FROM organisation WHERE org_type = 'PCC_OFFICE'"))
        .isEqualTo(43L);
  }

  @Test
  void shouldSeedHomeOfficeAndMinistryOfJusticeWhenMigrated() throws SQLException {
    new SchemaMigrator(dataSource).migrate();

    assertThat(queryString("SELECT name FROM organisation WHERE org_identifier = 'GB-GOR-D16'"))
        .isEqualTo("Home Office");
    assertThat(queryString("SELECT name FROM organisation WHERE org_identifier = 'GB-GOR-D18'"))
        .isEqualTo("Ministry of Justice");
  }

  @Test
  void shouldCreateCamundaEngineTablesWhenMigrated() throws SQLException {
    new SchemaMigrator(dataSource).migrate();

    assertThat(tableExists("ACT_RU_EXECUTION")).isTrue();
  }

  @Test
  void shouldApplyNothingWhenMigratedTwice() throws SQLException {
    SchemaMigrator migrator = new SchemaMigrator(dataSource);
    String first = migrator.migrate();
    long appliedAfterFirst = queryLong("SELECT COUNT(*) FROM \"flyway_schema_history\"");

    String second = migrator.migrate();

    assertThat(second).isEqualTo(first);
    assertThat(queryLong("SELECT COUNT(*) FROM \"flyway_schema_history\""))
        .isEqualTo(appliedAfterFirst);
  }

  @Test
  void shouldNotFailWhenMigratedTwice() {
    SchemaMigrator migrator = new SchemaMigrator(dataSource);
    migrator.migrate();

    assertThatCode(migrator::migrate).doesNotThrowAnyException();
  }

  @Test
  void shouldRecogniseH2WhenConnected() {
    assertThat(new SchemaMigrator(dataSource).vendor())
        .isEqualTo(SchemaMigrator.DatabaseVendor.H2);
  }

  /** The highest {@code V<version>__*.sql} on the classpath, read independently of Flyway's run. */
  private static String highestMigrationVersion() throws IOException, URISyntaxException {
    List<MigrationVersion> versions = new ArrayList<>();
    for (String location : List.of("db/migration/common", "db/camunda/h2", "db/vendor/h2")) {
      URL url = SchemaMigrator.class.getClassLoader().getResource(location);
      assertThat(url).as("migration folder %s on the classpath", location).isNotNull();
      Path folder = Paths.get(url.toURI());
      try (Stream<Path> files = Files.list(folder)) {
        files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
            .filter(Matcher::matches)
            .map(m -> MigrationVersion.fromVersion(m.group(1).replace('_', '.')))
            .forEach(versions::add);
      }
    }
    return versions.stream().max(Comparator.naturalOrder()).orElseThrow().getVersion();
  }

  private long queryLong(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).isTrue();
      return rows.getLong(1);
    }
  }

  private String queryString(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).as("a row for %s", sql).isTrue();
      return rows.getString(1);
    }
  }

  private boolean tableExists(String name) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
        return tables.next();
      }
    }
  }
}
