package org.grantwell.workflow.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.grantwell.db.shared.Money;

/**
 * What the Action 1 report needs to know about one award (a funded bid).
 *
 * @param recipientOrgId the recipient's organisation identifier (org-id.guide form where it has
 *     one, otherwise any id that is the same for all its awards)
 * @param interventions the interventions the funded bid delivers, by code
 * @param publishedOpenData whether the award has been published as open data (360Giving)
 */
public record AwardFacts(
    String bidReference,
    String roundReference,
    String programmeCode,
    String recipientOrgId,
    String recipientName,
    String forceAreaCode,
    Money amount,
    LocalDate spendStart,
    LocalDate spendBy,
    Instant decidedAt,
    Set<String> interventions,
    boolean publishedOpenData) implements java.io.Serializable {

  public AwardFacts {
    Objects.requireNonNull(bidReference, "bidReference");
    Objects.requireNonNull(roundReference, "roundReference");
    Objects.requireNonNull(programmeCode, "programmeCode");
    Objects.requireNonNull(recipientOrgId, "recipientOrgId");
    Objects.requireNonNull(recipientName, "recipientName");
    Objects.requireNonNull(forceAreaCode, "forceAreaCode");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(spendStart, "spendStart");
    Objects.requireNonNull(spendBy, "spendBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    interventions = Set.copyOf(Objects.requireNonNull(interventions, "interventions"));
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("Award " + bidReference + " must be for a positive amount");
    }
    if (spendBy.isBefore(spendStart)) {
      throw new IllegalArgumentException("Award " + bidReference + " must be spent after it starts");
    }
  }
}
