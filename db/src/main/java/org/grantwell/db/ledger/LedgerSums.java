package org.grantwell.db.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.grantwell.db.shared.Money;

/**
 * A round's balances computed from its entries alone, from the rows of {@link
 * LedgerSql#SUMS_OF_ROUND} (entry type, bid id or null, sum of amounts): what the balance rows
 * should hold.
 */
public record LedgerSums(Figures round, Map<Long, Figures> awards) implements java.io.Serializable {

  public LedgerSums {
    awards = Map.copyOf(awards);
  }

  public static LedgerSums fold(List<Object[]> rows) {
    Figures round = Figures.ZERO;
    Map<Long, Figures> awards = new TreeMap<>();
    for (Object[] row : rows) {
      EntryType type = EntryType.valueOf((String) row[0]);
      Figures change = Figures.of(type, money(row[2]));
      round = round.plus(change);
      if (row[1] != null) {
        awards.merge(((Number) row[1]).longValue(), change, Figures::plus);
      }
    }
    return new LedgerSums(round, awards);
  }

  /** A NUMERIC value as the driver gives it (a BigDecimal on both databases) as money. */
  static Money money(Object value) {
    BigDecimal amount =
        value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    return Money.of(amount);
  }
}
