package org.grantwell.db.bid;

/** Filters of a bid search; null means "any". */
public record BidSearch(
    Long visibleToOrganisation, String roundReference, Long organisationId, BidStatus status) implements java.io.Serializable {}
