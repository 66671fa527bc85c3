package org.grantwell.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.grantwell.db.migration.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** The real migrations on a fresh in-memory H2 per test: audit_entry refuses change. */
class AuditEntryProtectionOnH2Test {

  private static final String APPEND_ONLY = "audit_entry is append-only: a correction is a new entry";
  private static final Instant NOW = Instant.parse("2026-05-01T09:30:00.123456Z");
  private static final AuditChange SUBMITTED =
      new AuditChange(NOW, "bidder.avon", "BID", "SSF5-AVON-001", "SUBMITTED",
          "{\"status\":\"DRAFT\"}", "{\"status\":\"SUBMITTED\"}");

  private JdbcDataSource dataSource;

  @BeforeEach
  void newDatabase(TestInfo test) {
    dataSource = h2("jdbc:h2:mem:audit-" + test.getTestMethod().orElseThrow().getName() + ";DB_CLOSE_DELAY=-1");
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    execute("SHUTDOWN");
  }

  @Test
  void shouldRefuseUpdateWhenRowIsInAuditEntry() throws SQLException {
    new SchemaMigrator(dataSource).migrate();
    long id = insert(SUBMITTED, null);

    assertThatThrownBy(() -> execute("UPDATE audit_entry SET actor = 'mallory' WHERE id = " + id))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining(APPEND_ONLY);
    assertThat(queryString("SELECT actor FROM audit_entry WHERE id = " + id)).isEqualTo("bidder.avon");
  }

  @Test
  void shouldRefuseDeleteWhenRowIsInAuditEntry() throws SQLException {
    new SchemaMigrator(dataSource).migrate();
    long id = insert(SUBMITTED, null);

    assertThatThrownBy(() -> execute("DELETE FROM audit_entry WHERE id = " + id))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining(APPEND_ONLY);
    assertThat(queryString("SELECT hash FROM audit_entry WHERE id = " + id))
        .isEqualTo(AuditHasher.hash(SUBMITTED, null));
  }

  @Test
  void shouldRefuseTruncateWhenChainHeadReferencesAuditEntry() throws SQLException {
    new SchemaMigrator(dataSource).migrate();
    insert(SUBMITTED, null);

    assertThatThrownBy(() -> execute("TRUNCATE TABLE audit_entry")).isInstanceOf(SQLException.class);
    assertThat(queryString("SELECT COUNT(*) FROM audit_entry")).isEqualTo("1");
  }

  @Test
  void shouldAcceptInsertAndHeadUpdateWhenAppendingWithLockedHead() throws SQLException {
    new SchemaMigrator(dataSource).migrate();
    String first = AuditHasher.hash(SUBMITTED, null);

    insert(SUBMITTED, null);
    insert(SUBMITTED, first);

    assertThat(queryString("SELECT COUNT(*) FROM audit_entry")).isEqualTo("2");
    assertThat(queryString("SELECT prev_hash FROM audit_entry WHERE id = 1001")).isEqualTo(first);
    assertThat(queryString("SELECT last_entry_id FROM audit_chain_head")).isEqualTo("1001");
  }

  @Test
  void shouldStillRefuseUpdateWhenFileDatabaseIsReopened(@TempDir Path folder) throws SQLException {
    JdbcDataSource file = h2("jdbc:h2:" + folder.resolve("grantwell").toAbsolutePath());
    new SchemaMigrator(file).migrate();
    try (Connection connection = file.getConnection()) {
      connection.createStatement().execute("SHUTDOWN");
    }
    dataSource = file; // reopened by the next statement, and shut down after the test
    long id = insert(SUBMITTED, null);

    assertThatThrownBy(() -> execute("UPDATE audit_entry SET action = 'WITHDRAWN' WHERE id = " + id))
        .hasMessageContaining(APPEND_ONLY);
  }

  private static JdbcDataSource h2(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    h2.setPassword("");
    return h2;
  }

  /** What AuditRepository.append does, in JDBC: lock the head, insert, move the head. */
  private long insert(AuditChange change, String prevHash) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement lock = connection.createStatement();
          ResultSet head =
              lock.executeQuery(
                  "SELECT last_hash, last_entry_id FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
        assertThat(head.next()).isTrue();
        assertThat(head.getString("last_hash")).isEqualTo(prevHash);
      }
      long id = nextId(connection);
      String hash = AuditHasher.hash(change, prevHash);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO audit_entry (id, occurred_at, actor, entity_type, entity_id, action,"
                  + " old_value, new_value, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setLong(1, id);
        insert.setObject(2, OffsetDateTime.ofInstant(change.occurredAt(), ZoneOffset.UTC));
        insert.setString(3, change.actor());
        insert.setString(4, change.entityType());
        insert.setString(5, change.entityId());
        insert.setString(6, change.action());
        insert.setString(7, change.oldValue());
        insert.setString(8, change.newValue());
        insert.setString(9, prevHash);
        insert.setString(10, hash);
        insert.executeUpdate();
      }
      try (PreparedStatement move =
          connection.prepareStatement("UPDATE audit_chain_head SET last_hash = ?, last_entry_id = ? WHERE id = 1")) {
        move.setString(1, hash);
        move.setLong(2, id);
        move.executeUpdate();
      }
      connection.commit();
      return id;
    }
  }

  /** The next id above the newest entry (the test needs no sequence). */
  private long nextId(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id) + 1, 1000) FROM audit_entry")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
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
}
