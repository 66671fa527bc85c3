package org.grantwell.db.award;

/** The funder's decision on a bid: fund it in full, fund part of it, or decline it. */
public enum FundingDecision {
  FUND,
  PART_FUND,
  DECLINE;

  /** Whether the decision gives the bid money (and so needs an amount and may be offered). */
  public boolean funds() {
    return this != DECLINE;
  }
}
