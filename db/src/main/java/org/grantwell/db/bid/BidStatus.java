package org.grantwell.db.bid;

/** Where a bid stands; after the draft, the bid's process instance moves it on. */
public enum BidStatus {
  DRAFT,
  WITHDRAWN;

  public boolean isEditable() {
    return this == DRAFT;
  }
}
