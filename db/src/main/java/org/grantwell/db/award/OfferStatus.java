package org.grantwell.db.award;

/** The grant offer of a funded bid: made, accepted, left to lapse, or closed after delivery. */
public enum OfferStatus {
  OFFERED,
  ACCEPTED,
  LAPSED,
  CLOSED
}
