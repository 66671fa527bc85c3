package org.grantwell.db.finance;

import java.util.Locale;
import java.util.Optional;

/**
 * What ledger balances are grouped by, with the SQL key and label of each group. An entry with no
 * organisation or force area of its own takes its bid's (lead organisation, force area); entries
 * that belong to no group of the kind (a pot has no organisation, area or year) form one group
 * with a null key.
 */
public enum BalanceGrouping {
  ROUND("r.reference", "r.name"),
  PROGRAMME("p.code", "p.name"),
  FUNDER("CAST(f.id AS VARCHAR(20))", "f.name"),
  ORGANISATION("CAST(o.id AS VARCHAR(20))", "o.name"),
  AREA("fa.code", "fa.name"),
  /** The financial year's start year; the label is written by {@code FinancialYear}. */
  YEAR("CAST(e.financial_year AS VARCHAR(20))", "CAST(e.financial_year AS VARCHAR(20))");

  private final String keySql;
  private final String labelSql;

  BalanceGrouping(String keySql, String labelSql) {
    this.keySql = keySql;
    this.labelSql = labelSql;
  }

  String keySql() {
    return keySql;
  }

  String labelSql() {
    return labelSql;
  }

  /** {@code round}, {@code area}, ... as the API writes it; empty for anything else. */
  public static Optional<BalanceGrouping> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String name = value.strip().toUpperCase(Locale.ROOT);
    for (BalanceGrouping grouping : values()) {
      if (grouping.name().equals(name)) {
        return Optional.of(grouping);
      }
    }
    return Optional.empty();
  }
}
