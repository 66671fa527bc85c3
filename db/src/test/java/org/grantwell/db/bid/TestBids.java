package org.grantwell.db.bid;

/** Bare bids for unit tests of the aggregates that refer to a bid without reading it. */
public final class TestBids {

  private TestBids() {}

  /** A bid with nothing set, as JPA would make it before loading. */
  public static Bid bid() {
    return new Bid();
  }
}
