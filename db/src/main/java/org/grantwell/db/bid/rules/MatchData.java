package org.grantwell.db.bid.rules;

import java.util.Objects;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/** One match-funding contribution: who gives it, in which year, cash or in kind, how firm. */
public record MatchData(
    String source, FinancialYear year, Money amount, boolean inKind, MatchStatus status) implements java.io.Serializable {

  public MatchData {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
  }
}
