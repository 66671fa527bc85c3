package org.grantwell.db.bid;

/**
 * Where a bid stands. After the draft, the status is where the bid's process instance stands: the
 * process moves it on (see the workflow's {@code BidStages}), nothing else writes it.
 */
public enum BidStatus {
  DRAFT,
  /** Sent to the PCC office's sign-off; what was sent is kept as an immutable version. */
  AWAITING_SIGN_OFF,
  /** Signed off by the PCC office; the bidder submits it while the window is open. */
  SIGNED_OFF,
  /** A provider's bid to a PCC office, finished and waiting to be submitted. */
  READY_TO_SUBMIT,
  /** Still in preparation when the round's window closed: it cannot go on. */
  LATE,
  /** Submitted to the funder; the eligibility check runs. */
  SUBMITTED,
  /** Failed the eligibility check; the reasons are in its audit record. */
  INELIGIBLE,
  IN_ASSESSMENT,
  IN_MODERATION,
  AWAITING_DECISION,
  DECLINED,
  /** Funded in full or in part; the offer waits for acceptance. */
  OFFERED,
  /** Not accepted within 14 days; the money went back to the pot. */
  OFFER_LAPSED,
  IN_DELIVERY,
  FINAL_RETURN_DUE,
  CLOSED,
  WITHDRAWN;

  public boolean isEditable() {
    return this == DRAFT;
  }
}
