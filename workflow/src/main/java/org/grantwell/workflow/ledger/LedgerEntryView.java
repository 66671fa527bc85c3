package org.grantwell.workflow.ledger;

import java.time.Instant;
import org.grantwell.db.ledger.LedgerEntry;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * One ledger entry as callers see it. {@code amount} is signed by the entry type's convention
 * (migration V11): commitments, payments and clawbacks positive, reductions and releases negative.
 *
 * @param financialYear the label ({@code 2026-27}), or null
 */
public record LedgerEntryView(
    long id,
    String type,
    long roundId,
    Long bidId,
    Long organisationId,
    Long forceAreaId,
    String financialYear,
    Integer quarter,
    String costCategory,
    Money amount,
    String reason,
    String idempotencyKey,
    String createdBy,
    Instant createdAt) implements java.io.Serializable {

  static LedgerEntryView of(LedgerEntry entry) {
    FinancialYear year = entry.getFinancialYear();
    return new LedgerEntryView(
        entry.getId(),
        entry.getType().name(),
        entry.getRoundId(),
        entry.getBidId(),
        entry.getOrganisationId(),
        entry.getForceAreaId(),
        year == null ? null : year.label(),
        entry.getQuarter(),
        entry.getCostCategory(),
        entry.getAmount(),
        entry.getReason(),
        entry.getIdempotencyKey(),
        entry.getCreatedBy(),
        entry.getCreatedAt());
  }
}
