package org.grantwell.db.bid.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.grantwell.db.organisation.OrganisationType;

/**
 * A round's match-funding requirement: {@code percent} of the {@code base}, owed only by bids led
 * by one of {@code appliesTo}; in-kind contributions count only when {@code inKindCounts}. A
 * percent of zero means no requirement.
 */
public record MatchRule(
    BigDecimal percent, MatchBase base, boolean inKindCounts, Set<OrganisationType> appliesTo) implements java.io.Serializable {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** No match funding required. */
  public static final MatchRule NONE =
      new MatchRule(BigDecimal.ZERO, MatchBase.GRANT_REQUESTED, true, Set.of());

  public MatchRule {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(base, "base");
    appliesTo = Set.copyOf(appliesTo);
    if (percent.signum() < 0) {
      throw new IllegalArgumentException("A match percentage cannot be negative: " + percent);
    }
    if (base == MatchBase.TOTAL_PROJECT_COST && percent.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException(
          "A match share of the total project cost must be below 100%: " + percent);
    }
  }

  /** Whether a bid with this lead owes any match funding. */
  public boolean appliesTo(OrganisationType leadType) {
    return percent.signum() > 0 && appliesTo.contains(leadType);
  }
}
