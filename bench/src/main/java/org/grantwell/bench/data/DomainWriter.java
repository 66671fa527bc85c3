package org.grantwell.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Inserts a planned workload with batched JDBC inserts (1,000 rows a batch, rewritten into
 * multi-row inserts by the driver), moves the audit chain's head to the newest entry and sets
 * every sequence used past its highest id so that EclipseLink's next block of 50 starts above it.
 */
final class DomainWriter {

  static final int BATCH = 1_000;

  private final DataSource dataSource;

  DomainWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void write(Workload work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      for (Table table : work.tables.values()) {
        insert(connection, table);
      }
      try (PreparedStatement head =
          connection.prepareStatement("UPDATE audit_chain_head SET last_hash = ?, last_entry_id = ? WHERE id = 1")) {
        head.setString(1, work.auditHeadHash);
        head.setLong(2, work.auditHeadId);
        head.executeUpdate();
      }
      try (PreparedStatement seed = connection.prepareStatement("INSERT INTO demo_seed (id, loaded_at) VALUES (1, ?)")) {
        // The demo loader's marker: a server started with -Dgrantwell.demoData=true adds no demo data beside these.
        seed.setObject(1, java.time.OffsetDateTime.now(ZoneOffset.UTC));
        seed.executeUpdate();
      }
      try (Statement statement = connection.createStatement()) {
        for (Map.Entry<String, Long> sequence : work.lastIds.entrySet()) {
          statement.execute("SELECT setval('" + sequence.getKey() + "', " + sequence.getValue() + ", true)");
        }
      }
      connection.commit();
    }
  }

  /** Records the process instances the engine started for bids and rounds. */
  void attachProcesses(Map<Long, String> bids, Map<Long, String> rounds) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      update(connection, "UPDATE bid SET process_instance_id = ? WHERE id = ?", bids);
      update(connection, "UPDATE funding_round SET process_instance_id = ? WHERE id = ?", rounds);
      connection.commit();
    }
  }

  private static void update(Connection connection, String sql, Map<Long, String> instances) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int pending = 0;
      for (Map.Entry<Long, String> e : instances.entrySet()) {
        statement.setString(1, e.getValue());
        statement.setLong(2, e.getKey());
        statement.addBatch();
        if (++pending == BATCH) {
          statement.executeBatch();
          pending = 0;
        }
      }
      statement.executeBatch();
    }
  }

  private static void insert(Connection connection, Table table) throws SQLException {
    if (table.rows().isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(table.insertSql())) {
      int pending = 0;
      for (Object[] row : table.rows()) {
        bind(statement, row);
        statement.addBatch();
        if (++pending == BATCH) {
          statement.executeBatch();
          pending = 0;
        }
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new SQLException("Inserting into " + table.name() + " failed: " + e.getMessage(), e.getSQLState(), e);
    }
  }

  private static void bind(PreparedStatement statement, Object[] row) throws SQLException {
    for (int i = 0; i < row.length; i++) {
      Object value = row[i];
      if (value == null) {
        statement.setNull(i + 1, Types.NULL);
      } else if (value instanceof Instant instant) {
        statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  /** Rows per table of the public schema (application and engine tables), empty ones left out. */
  Map<String, Long> countRows() throws SQLException {
    Map<String, Long> counts = new java.util.TreeMap<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      List<String> tables = new java.util.ArrayList<>();
      try (var rs = statement.executeQuery(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        try (var rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          if (rs.getLong(1) > 0) {
            counts.put(table.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
          }
        }
      }
    }
    return counts;
  }
}
