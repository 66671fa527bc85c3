package org.grantwell.db.bid.rules;

import java.util.Objects;
import org.grantwell.db.shared.Money;

/**
 * The other bids of the same round in the bid's force area, whoever leads them: how many there are
 * and the total grant they request. "Other" excludes the bid being checked.
 */
public record AreaContext(int otherBids, Money otherBidsGrant) implements java.io.Serializable {

  /** No other bids in the area. */
  public static final AreaContext NONE = new AreaContext(0, Money.ZERO);

  public AreaContext {
    Objects.requireNonNull(otherBidsGrant, "otherBidsGrant");
    if (otherBids < 0) {
      throw new IllegalArgumentException("A count of bids cannot be negative: " + otherBids);
    }
  }
}
