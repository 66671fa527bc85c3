package org.grantwell.db.ledger;

/**
 * Whose money an entry moves: the award's bid, the organisation receiving it and its force area.
 * The bid is null only for an {@link EntryType#ALLOCATION}, which names a force area instead.
 */
public record Recipient(Long bidId, Long organisationId, Long forceAreaId) implements java.io.Serializable {

  public static Recipient award(long bidId, Long organisationId, Long forceAreaId) {
    return new Recipient(bidId, organisationId, forceAreaId);
  }

  public static Recipient area(long forceAreaId, Long organisationId) {
    return new Recipient(null, organisationId, forceAreaId);
  }
}
