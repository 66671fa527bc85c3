package org.grantwell.db.delivery;

/** A monitoring return awaiting verification, accepted by the grant officer, or sent back. */
public enum ReturnStatus {
  SUBMITTED,
  VERIFIED,
  REJECTED
}
