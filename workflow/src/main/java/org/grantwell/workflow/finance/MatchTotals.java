package org.grantwell.workflow.finance;

import org.grantwell.db.bid.rules.MatchStatus;
import org.grantwell.db.shared.Money;

/**
 * Match funding summed: by current status (each contribution counts once, under the status it has
 * now), by cash and in kind, and in all.
 */
public record MatchTotals(
    Money pledged, Money confirmed, Money received, Money cash, Money inKind, Money total) implements java.io.Serializable {

  public static final MatchTotals ZERO =
      new MatchTotals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

  /** These totals with one more contribution. */
  public MatchTotals add(Money amount, boolean inKindContribution, MatchStatus status) {
    return new MatchTotals(
        status == MatchStatus.PLEDGED ? pledged.plus(amount) : pledged,
        status == MatchStatus.CONFIRMED ? confirmed.plus(amount) : confirmed,
        status == MatchStatus.RECEIVED ? received.plus(amount) : received,
        inKindContribution ? cash : cash.plus(amount),
        inKindContribution ? inKind.plus(amount) : inKind,
        total.plus(amount));
  }

  public MatchTotals plus(MatchTotals other) {
    return new MatchTotals(
        pledged.plus(other.pledged),
        confirmed.plus(other.confirmed),
        received.plus(other.received),
        cash.plus(other.cash),
        inKind.plus(other.inKind),
        total.plus(other.total));
  }
}
