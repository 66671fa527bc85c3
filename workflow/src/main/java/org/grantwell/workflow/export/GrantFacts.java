package org.grantwell.workflow.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.grantwell.db.shared.Money;

/**
 * One award as the 360Giving export needs it.
 *
 * @param amountAppliedFor the bid's total request, or null
 * @param awardDate the London date of the funding decision
 * @param plannedStart the spend window's first day, or null (then {@code plannedEnd} is ignored)
 * @param fromOpenCall true for a competed round, false for a direct or formula award, null if not
 *     known
 */
public record GrantFacts(
    String bidReference,
    String title,
    String description,
    Money amountAwarded,
    Money amountAppliedFor,
    LocalDate awardDate,
    GrantOrganisation recipient,
    GrantOrganisation funder,
    String programmeCode,
    String programmeTitle,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    List<GrantLocation> beneficiaryLocations,
    Boolean fromOpenCall) implements java.io.Serializable {

  public GrantFacts {
    ExportChecks.requireText(bidReference, "A grant needs its bid reference");
    ExportChecks.requireText(title, "Grant " + bidReference + " needs a title");
    ExportChecks.requireText(description, "Grant " + bidReference + " needs a description");
    Objects.requireNonNull(amountAwarded, "amountAwarded");
    Objects.requireNonNull(awardDate, "awardDate");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(funder, "funder");
    beneficiaryLocations = List.copyOf(beneficiaryLocations == null ? List.of() : beneficiaryLocations);
    if (!amountAwarded.isPositive()) {
      throw new IllegalArgumentException("Grant " + bidReference + " must award a positive amount");
    }
    if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
      throw new IllegalArgumentException("Grant " + bidReference + " must end after it starts");
    }
  }
}
