package org.grantwell.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who and what the virtual users work on, read straight from the application's database (simpler
 * and cheaper than discovering it through the API): the users of each role whose names start
 * with the prefix, the bidders' draft bids, the sign-off leads of each bidder's office. Also the
 * few look-ups the workflow workers make outside the application (which task a step left for
 * whom), as a client told by e-mail would know.
 */
public final class Fixture implements AutoCloseable {

  /** A user and their organisation. */
  public record User(String username, long organisationId, Set<String> roles) {}

  private final String jdbcUrl;
  private final String dbUser;
  private final String dbPassword;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();
  private final List<Connection> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

  public Fixture(String jdbcUrl, String dbUser, String dbPassword) {
    this.jdbcUrl = jdbcUrl;
    this.dbUser = dbUser;
    this.dbPassword = dbPassword;
  }

  /** The enabled users whose names start with the prefix, with their roles. */
  public List<User> users(String prefix) {
    Map<String, User> users = new LinkedHashMap<>();
    query("SELECT u.username, u.organisation_id, r.role FROM app_user u JOIN app_user_role r ON r.app_user_id = u.id"
        + " WHERE u.enabled AND u.username LIKE ? ORDER BY u.username", List.of(prefix + "%"), row -> {
          User user = users.computeIfAbsent(row.getString(1), name -> {
            try {
              return new User(name, row.getLong(2), new java.util.TreeSet<>());
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          });
          user.roles().add(row.getString(3));
        });
    return List.copyOf(users.values());
  }

  /** Draft bids (at their draft step) led by the organisation, newest last. */
  public List<Long> draftBids(long organisationId, int limit) {
    List<Long> ids = new ArrayList<>();
    query("SELECT b.id FROM bid b JOIN act_ru_task t ON t.proc_inst_id_ = b.process_instance_id"
        + " WHERE b.lead_organisation_id = ? AND b.status = 'DRAFT' AND t.task_def_key_ = 'Task_DraftBid' ORDER BY b.id LIMIT ?",
        List.of(organisationId, limit), row -> ids.add(row.getLong(1)));
    return ids;
  }

  /** The open tasks of the bid's process at that step: task id and assignee (null when offered to a group). */
  public Map<String, String> openTasks(long bidId, String taskKey) {
    Map<String, String> tasks = new LinkedHashMap<>();
    query("SELECT t.id_, t.assignee_ FROM bid b JOIN act_ru_task t ON t.proc_inst_id_ = b.process_instance_id"
        + " WHERE b.id = ? AND t.task_def_key_ = ? ORDER BY t.id_", List.of(bidId, taskKey),
        row -> tasks.put(row.getString(1), row.getString(2)));
    return tasks;
  }

  /** How many open tasks at that step each user holds. */
  public Map<String, Long> assignedTasks(String taskKey) {
    Map<String, Long> counts = new LinkedHashMap<>();
    query("SELECT assignee_, COUNT(*) FROM act_ru_task WHERE task_def_key_ = ? AND assignee_ IS NOT NULL GROUP BY assignee_"
        + " ORDER BY 2 DESC, 1", List.of(taskKey), row -> counts.put(row.getString(1), row.getLong(2)));
    return counts;
  }

  /** The bid's status. */
  public Optional<String> status(long bidId) {
    List<String> status = new ArrayList<>();
    query("SELECT status FROM bid WHERE id = ?", List.of(bidId), row -> status.add(row.getString(1)));
    return status.stream().findFirst();
  }

  /** A number from a one-row, one-column query (for the data-set counts). */
  public long count(String sql) {
    long[] value = {0};
    query(sql, List.of(), row -> value[0] = row.getLong(1));
    return value[0];
  }

  public String text(String sql) {
    String[] value = {""};
    query(sql, List.of(), row -> value[0] = row.getString(1));
    return value[0];
  }

  interface RowHandler {
    void row(ResultSet row) throws SQLException;
  }

  void query(String sql, List<Object> parameters, RowHandler handler) {
    try {
      PreparedStatement statement = connection().prepareStatement(sql);
      try (statement) {
        for (int i = 0; i < parameters.size(); i++) {
          statement.setObject(i + 1, parameters.get(i));
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            handler.row(rows);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private Connection connection() throws SQLException {
    Connection connection = connections.get();
    if (connection == null || connection.isClosed()) {
      connection = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
      connection.setAutoCommit(true);
      connections.set(connection);
      opened.add(connection);
    }
    return connection;
  }

  @Override
  public void close() {
    for (Connection connection : opened) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing at the end of the run
      }
    }
  }
}
