package org.grantwell.db.delivery;

/** Where a variation request stands. */
public enum VariationStatus {
  REQUESTED,
  APPROVED,
  DECLINED
}
