package org.grantwell.db.ledger;

import org.grantwell.db.shared.Money;

/** A bid's row of {@code ledger_award_balance}, as read (under lock when it came from a lock). */
public record AwardBalance(long bidId, long roundId, Figures figures, long version) implements java.io.Serializable {

  public Money committed() {
    return figures.committed();
  }

  /** What the award may still pay: committed less paid less clawed back. */
  public Money outstanding() {
    return figures.outstanding();
  }
}
