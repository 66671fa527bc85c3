package org.grantwell.db.ledger;

/** The balance figure a ledger entry moves. */
public enum Figure {
  POT,
  COMMITTED,
  PAID,
  CLAWED_BACK,
  /** Moves no balance (an earmark). */
  NONE
}
