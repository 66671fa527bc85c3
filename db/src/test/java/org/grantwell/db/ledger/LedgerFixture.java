package org.grantwell.db.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/** A round with two bids to move money on, and waiting for a lock, on H2 or PostgreSQL. */
final class LedgerFixture {

  /** Work on one transaction's connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(LedgerJdbc ledger) throws SQLException;
  }

  private LedgerFixture() {}

  static void roundWithTwoBids(DataSource dataSource, long round, long bid, long otherBid)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO funding_round (id, reference, name, programme_id, funder_id, opens_at,"
              + " closes_at, pot, min_bid, max_bid, spend_start, spend_by, version) VALUES ("
              + round
              + ", 'SSF5-TEST', 'Safer Streets 5', 1, 101,"
              + " TIMESTAMP WITH TIME ZONE '2026-04-01 09:00:00+00',"
              + " TIMESTAMP WITH TIME ZONE '2026-06-30 17:00:00+00', 1000.00, 0, 1000.00,"
              + " DATE '2026-07-01', DATE '2028-03-31', 0)");
      for (long id : new long[] {bid, otherBid}) {
        statement.executeUpdate(
            "INSERT INTO bid (id, reference, funding_round_id, lead_organisation_id, force_area_id,"
                + " pcc_office_id, title, summary, problem_statement, status, created_by,"
                + " created_at, updated_by, updated_at, version) VALUES ("
                + id
                + ", 'GW-"
                + id
                + "', "
                + round
                + ", 1, 1, 1, 'Bid "
                + id
                + "', '', '', 'DRAFT', 'bidder',"
                + " TIMESTAMP WITH TIME ZONE '2026-05-01 09:00:00+00', 'bidder',"
                + " TIMESTAMP WITH TIME ZONE '2026-05-01 09:00:00+00', 0)");
      }
    }
  }

  /** Waits (at most ten seconds) until another session waits for a lock the holder has. */
  static void awaitBlocked(DataSource dataSource, Connection holder) throws Exception {
    boolean postgres =
        holder.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    long session =
        single(holder, postgres ? "SELECT pg_backend_pid()" : "SELECT SESSION_ID()", null);
    String blocked =
        postgres
            ? "SELECT COUNT(*) FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))"
            : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = ?";
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (Connection observer = dataSource.getConnection()) {
        if (single(observer, blocked, session) > 0) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("No session waited for the lock of session " + session);
  }

  private static long single(Connection connection, String sql, Long parameter)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      if (parameter != null) {
        query.setInt(1, parameter.intValue());
      }
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
