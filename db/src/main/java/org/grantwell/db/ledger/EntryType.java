package org.grantwell.db.ledger;

import org.grantwell.db.shared.Money;

/**
 * What a ledger entry records. The amount of an entry is the signed change it makes to the one
 * {@link Figure} its type moves (the convention documented in migration V11): commitments,
 * payments, clawbacks and a first pot are positive, reductions and releases negative, pot changes,
 * allocations and year moves either way but never zero.
 */
public enum EntryType {
  /** A round's first pot. */
  POT_SET(Figure.POT, Sign.POSITIVE, false),
  /** New pot minus old pot. */
  POT_CHANGED(Figure.POT, Sign.NON_ZERO, false),
  /** Part of the pot earmarked for a force area (formula funding); moves no balance yet. */
  ALLOCATION(Figure.NONE, Sign.NON_ZERO, false),
  /** An award, or an uplift of one, committed to a bid. */
  AWARD_COMMITTED(Figure.COMMITTED, Sign.POSITIVE, true),
  /** Part of an award taken back before it was paid. */
  AWARD_REDUCED(Figure.COMMITTED, Sign.NEGATIVE, true),
  /** The unpaid rest of an award given back to the pot. */
  AWARD_RELEASED(Figure.COMMITTED, Sign.NEGATIVE, true),
  /** A claim paid for one quarter of a financial year. */
  CLAIM_PAID(Figure.PAID, Sign.POSITIVE, true),
  /** Money the recipient must return out of what it was paid. */
  CLAWBACK(Figure.CLAWED_BACK, Sign.POSITIVE, true),
  /** One half of a move of committed money between financial years; the pair sums to zero. */
  VARIATION_MOVED(Figure.COMMITTED, Sign.NON_ZERO, true);

  private enum Sign {
    POSITIVE,
    NEGATIVE,
    NON_ZERO
  }

  private final Figure figure;
  private final Sign sign;
  private final boolean award;

  EntryType(Figure figure, Sign sign, boolean award) {
    this.figure = figure;
    this.sign = sign;
    this.award = award;
  }

  public Figure figure() {
    return figure;
  }

  /** Whether entries of this type belong to one bid's award (and so carry its id). */
  public boolean isAward() {
    return award;
  }

  /** Whether an amount has the sign this type's entries carry. */
  public boolean allows(Money amount) {
    return switch (sign) {
      case POSITIVE -> amount.isPositive();
      case NEGATIVE -> amount.isNegative();
      case NON_ZERO -> !amount.isZero();
    };
  }

  /** How this type's amounts are signed, for messages. */
  public String signRule() {
    return switch (sign) {
      case POSITIVE -> "positive";
      case NEGATIVE -> "negative";
      case NON_ZERO -> "non-zero";
    };
  }
}
