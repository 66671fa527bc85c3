package org.grantwell.db.bid;

/** Where a bid stands; after the draft, the bid's process instance moves it on. */
public enum BidStatus {
  DRAFT,
  /** Sent to the PCC office's sign-off; what was sent is kept as an immutable version. */
  AWAITING_SIGN_OFF,
  WITHDRAWN;

  public boolean isEditable() {
    return this == DRAFT;
  }
}
