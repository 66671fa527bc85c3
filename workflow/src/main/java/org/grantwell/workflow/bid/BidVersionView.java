package org.grantwell.workflow.bid;

import java.math.BigDecimal;
import java.time.Instant;

/** One immutable version of a bid, as it was sent on. */
public record BidVersionView(int number, String reason, BigDecimal grantRequested, String createdBy, Instant createdAt) implements java.io.Serializable {}
