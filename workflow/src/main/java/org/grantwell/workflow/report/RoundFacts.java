package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.grantwell.db.shared.Money;

/**
 * What the Action 1 report needs to know about one funding round.
 *
 * @param matchPercent the match funding a bidder must bring, as a percentage of the grant (0 when
 *     none is asked)
 */
public record RoundFacts(
    String reference,
    String programmeCode,
    String funderName,
    Instant opensAt,
    Instant closesAt,
    LocalDate spendStart,
    LocalDate spendBy,
    BigDecimal matchPercent,
    Money pot) implements java.io.Serializable {

  public RoundFacts {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(programmeCode, "programmeCode");
    Objects.requireNonNull(funderName, "funderName");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    Objects.requireNonNull(spendStart, "spendStart");
    Objects.requireNonNull(spendBy, "spendBy");
    Objects.requireNonNull(matchPercent, "matchPercent");
    Objects.requireNonNull(pot, "pot");
    if (!closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException("Round " + reference + " closes before it opens");
    }
    if (matchPercent.signum() < 0 || matchPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new IllegalArgumentException(
          "Round " + reference + " match percentage must be 0 to under 100: " + matchPercent);
    }
  }

  public boolean requiresMatchFunding() {
    return matchPercent.signum() > 0;
  }
}
