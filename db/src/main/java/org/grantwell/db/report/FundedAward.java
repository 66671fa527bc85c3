package org.grantwell.db.report;

import java.time.Instant;
import java.time.LocalDate;
import org.grantwell.db.shared.Money;

/**
 * An award funded in full or in part (not lapsed) with what the reports read of its bid, round,
 * programme, lead organisation and force area. The spending window is the award's own, else the
 * round's.
 */
public record FundedAward(
    long bidId,
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
    boolean published) {}
