package org.grantwell.db.bid.rules;

/** What the match-funding percentage is taken of. */
public enum MatchBase {
  /** The grant requested (the sum of the budget lines). */
  GRANT_REQUESTED,
  /** The total project cost: grant requested plus match funding. */
  TOTAL_PROJECT_COST
}
