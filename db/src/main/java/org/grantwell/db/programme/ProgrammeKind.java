package org.grantwell.db.programme;

/** How a programme's money reaches recipients. */
public enum ProgrammeKind {
  /** Bids are scored against criteria and the best funded. */
  COMPETITIVE,
  /** Allocations are computed by formula, then a spending plan is agreed. */
  FORMULA
}
