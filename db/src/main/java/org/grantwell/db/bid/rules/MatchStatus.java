package org.grantwell.db.bid.rules;

/** How firm a match contribution is; every status counts towards the match requirement. */
public enum MatchStatus {
  PLEDGED,
  CONFIRMED,
  RECEIVED
}
