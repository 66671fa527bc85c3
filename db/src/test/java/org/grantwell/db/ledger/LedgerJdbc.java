package org.grantwell.db.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantwell.db.shared.Money;

/**
 * What {@link LedgerRepository} does, in JDBC on one connection and with the repository's own SQL
 * ({@link LedgerSql}): lock a balance row, append an entry and move the balances, reconcile.
 */
final class LedgerJdbc {

  private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 5, 1, 9, 30, 0, 0, ZoneOffset.UTC);

  private final Connection connection;

  LedgerJdbc(Connection connection) {
    this.connection = connection;
  }

  Optional<RoundBalance> lockRound(long roundId) throws SQLException {
    try (PreparedStatement lock = prepare(LedgerSql.LOCK_ROUND, roundId);
        ResultSet row = lock.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      Figures figures =
          figures(
              row.getBigDecimal(1),
              row.getBigDecimal(2),
              row.getBigDecimal(3),
              row.getBigDecimal(4));
      return Optional.of(new RoundBalance(roundId, figures, row.getLong(5)));
    }
  }

  Optional<AwardBalance> lockAward(long bidId) throws SQLException {
    try (PreparedStatement lock = prepare(LedgerSql.LOCK_AWARD, bidId);
        ResultSet row = lock.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      Figures figures =
          figures(
              BigDecimal.ZERO, row.getBigDecimal(2), row.getBigDecimal(3), row.getBigDecimal(4));
      return Optional.of(new AwardBalance(bidId, row.getLong(1), figures, row.getLong(5)));
    }
  }

  /**
   * Inserts the entry (as JPA would) and moves the balances as {@link LedgerRepository#append}
   * does.
   */
  long append(EntryType type, long roundId, Long bidId, Money amount, String key)
      throws SQLException {
    long id = insertEntry(type, roundId, bidId, amount, key);
    Figures change = Figures.of(type, amount);
    String round = type == EntryType.POT_SET ? LedgerSql.OPEN_ROUND : LedgerSql.MOVE_ROUND;
    update(
        round, roundId, change.pot(), change.committed(), change.paid(), change.clawedBack(), id);
    if (bidId != null) {
      int moved =
          update(
              LedgerSql.MOVE_AWARD,
              bidId,
              change.committed(),
              change.paid(),
              change.clawedBack(),
              id);
      if (moved == 0) {
        update(
            LedgerSql.OPEN_AWARD,
            bidId,
            roundId,
            change.committed(),
            change.paid(),
            change.clawedBack(),
            id);
      }
    }
    return id;
  }

  long insertEntry(EntryType type, long roundId, Long bidId, Money amount, String key)
      throws SQLException {
    long id = nextId();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO ledger_entry (id, entry_type, funding_round_id, bid_id, financial_year,"
                + " quarter, amount, reason, idempotency_key, created_by, created_at) VALUES (?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setString(2, type.name());
      insert.setLong(3, roundId);
      insert.setObject(4, bidId);
      boolean claim = type == EntryType.CLAIM_PAID;
      insert.setObject(5, claim || type == EntryType.VARIATION_MOVED ? 2026 : null);
      insert.setObject(6, claim ? 1 : null);
      insert.setBigDecimal(7, amount.amount());
      insert.setString(8, "test " + type);
      insert.setString(9, key);
      insert.setString(10, "finance.home-office");
      insert.setObject(11, NOW);
      insert.executeUpdate();
    }
    return id;
  }

  /** What {@link LedgerRepository#reconcile} computes, from the same queries. */
  Reconciliation reconcile(long roundId) throws SQLException {
    List<Object[]> sums = rows(LedgerSql.SUMS_OF_ROUND, roundId, 3);
    Map<Long, Figures> awards = new HashMap<>();
    for (Object[] row : rows(LedgerSql.READ_AWARDS_OF_ROUND, roundId, 4)) {
      awards.put(((Number) row[0]).longValue(), figures(BigDecimal.ZERO, row[1], row[2], row[3]));
    }
    Figures round = null;
    for (Object[] row : rows(LedgerSql.READ_ROUND, roundId, 5)) {
      round = figures(row[0], row[1], row[2], row[3]);
    }
    return Reconciliation.compare(roundId, LedgerSums.fold(sums), round, awards);
  }

  int update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      return statement.executeUpdate();
    }
  }

  private List<Object[]> rows(String sql, long id, int columns) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement query = prepare(sql, id);
        ResultSet result = query.executeQuery()) {
      while (result.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = result.getObject(i + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Binds JPA's numbered parameters ({@code ?3}) to JDBC's positional ones, in any order. */
  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    Matcher matcher = PARAMETER.matcher(sql);
    List<Integer> order = new ArrayList<>();
    while (matcher.find()) {
      order.add(Integer.parseInt(matcher.group(1)));
    }
    PreparedStatement statement = connection.prepareStatement(matcher.replaceAll("?"));
    for (int i = 0; i < order.size(); i++) {
      Object value = parameters[order.get(i) - 1];
      statement.setObject(i + 1, value instanceof Money money ? money.amount() : value);
    }
    return statement;
  }

  private long nextId() throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement("SELECT COALESCE(MAX(id) + 1, 1000) FROM ledger_entry");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Figures figures(Object pot, Object committed, Object paid, Object clawedBack) {
    return new Figures(
        LedgerSums.money(pot),
        LedgerSums.money(committed),
        LedgerSums.money(paid),
        LedgerSums.money(clawedBack));
  }
}
