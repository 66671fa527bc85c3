package org.grantwell.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct JDBC to the test PostgreSQL, for checks from outside the application. */
public final class TestDatabase {

  private TestDatabase() {}

  /** The test database's name, the last part of its JDBC URL. */
  public static String name() {
    String url = System.getProperty("grantwell.test.db.url", "jdbc:postgresql://127.0.0.1:5432/grantwell_test");
    String last = url.substring(url.lastIndexOf('/') + 1);
    int query = last.indexOf('?');
    return query < 0 ? last : last.substring(0, query);
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("grantwell.test.db.url", "jdbc:postgresql://127.0.0.1:5432/grantwell_test"),
        System.getProperty("grantwell.test.db.user", "postgres"),
        System.getProperty("grantwell.test.db.password", "unused"));
  }

  /**
   * A copy of a demo round (rules and all) under a new reference, with no limit on bids per area,
   * so that a test class owns a round whatever other tests put in it.
   */
  public static void copyRound(String from, String to) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      long id;
      try (ResultSet next = statement.executeQuery("SELECT nextval('funding_round_seq')")) {
        next.next();
        id = next.getLong(1);
      }
      String source = "(SELECT id FROM funding_round WHERE reference = '" + from + "')";
      statement.executeUpdate(
          "INSERT INTO funding_round (id, reference, name, programme_id, funder_id, opens_at, closes_at, pot,"
              + " min_bid, max_bid, spend_start, spend_by, version, max_bids_per_area, match_percent, match_base,"
              + " match_in_kind_counts, max_capital_percent, pass_mark, moderation_threshold, max_attachment_bytes)"
              + " SELECT " + id + ", '" + to + "', name || ' (test copy)', programme_id, funder_id, opens_at, closes_at,"
              + " pot, min_bid, max_bid, spend_start, spend_by, 0, NULL, match_percent, match_base,"
              + " match_in_kind_counts, max_capital_percent, pass_mark, moderation_threshold, max_attachment_bytes"
              + " FROM funding_round WHERE reference = '" + from + "'");
      for (String table : new String[] {"round_lead_type", "round_match_lead_type"}) {
        statement.executeUpdate("INSERT INTO " + table + " SELECT " + id + ", org_type FROM " + table + " WHERE funding_round_id = " + source);
      }
      statement.executeUpdate("INSERT INTO round_cost_category SELECT " + id + ", category FROM round_cost_category WHERE funding_round_id = " + source);
      statement.executeUpdate("INSERT INTO round_year_cap SELECT " + id + ", financial_year, cap FROM round_year_cap WHERE funding_round_id = " + source);
      statement.executeUpdate(
          "INSERT INTO round_criterion SELECT " + id + ", position, code, title, guidance, weight, scale_max"
              + " FROM round_criterion WHERE funding_round_id = " + source);
      connection.commit();
    }
  }

  /** The highest version Flyway applied, compared part by part (7.1 after 7, 10 after 9). */
  public static String newestSchemaVersion() throws SQLException {
    java.util.List<String> versions = new java.util.ArrayList<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
    }
    java.util.Comparator<String> byParts =
        (a, b) -> {
          String[] x = a.split("\\.");
          String[] y = b.split("\\.");
          for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? Integer.parseInt(x[i]) : 0;
            int right = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (left != right) {
              return Integer.compare(left, right);
            }
          }
          return 0;
        };
    return versions.stream().max(byParts).orElseThrow();
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
