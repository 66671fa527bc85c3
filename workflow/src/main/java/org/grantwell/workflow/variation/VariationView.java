package org.grantwell.workflow.variation;

import java.time.Instant;
import org.grantwell.db.delivery.Variation;

/** A variation as the API shows it. */
public record VariationView(
    Long id, String bidReference, String kind, String status, String fromYear, String toYear, String fromCategory,
    String toCategory, String amount, String newSpendBy, String reason, String requestedBy, Instant requestedAt,
    String decidedBy, Instant decidedAt, String decisionReason) implements java.io.Serializable {

  static VariationView of(Variation v) {
    return new VariationView(v.getId(), v.getBid().getReference(), v.getKind().name(), v.getStatus().name(),
        v.getFromYear() == null ? null : v.getFromYear().label(), v.getToYear() == null ? null : v.getToYear().label(),
        v.getFromCategory(), v.getToCategory(), v.getAmount() == null ? null : v.getAmount().toString(),
        v.getNewSpendBy() == null ? null : v.getNewSpendBy().toString(), v.getReason(), v.getRequestedBy(),
        v.getRequestedAt(), v.getDecidedBy(), v.getDecidedAt(), v.getDecisionReason());
  }
}
