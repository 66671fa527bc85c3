package org.grantwell.workflow.bid;

import java.math.BigDecimal;
import java.time.Instant;

/** A bid in a list. */
public record BidSummary(
    long id,
    String reference,
    String title,
    String status,
    String roundReference,
    String leadOrganisationName,
    String forceAreaCode,
    BigDecimal grantRequested,
    Instant updatedAt) implements java.io.Serializable {}
