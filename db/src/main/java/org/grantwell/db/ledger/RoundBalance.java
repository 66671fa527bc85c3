package org.grantwell.db.ledger;

import org.grantwell.db.shared.Money;

/** A round's row of {@code ledger_round_balance}, as read (under lock when it came from a lock). */
public record RoundBalance(long roundId, Figures figures, long version) implements java.io.Serializable {

  public Money pot() {
    return figures.pot();
  }

  public Money committed() {
    return figures.committed();
  }

  /** What the pot has left to commit. */
  public Money remaining() {
    return figures.remaining();
  }
}
