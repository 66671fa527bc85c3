package org.grantwell.workflow.bid;

import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.security.Caller;

/** Who may read a bid, for other packages (tasks, reports); the rules live in {@link BidAccess}. */
public final class BidAccessPolicy {

  private BidAccessPolicy() {}

  public static boolean canRead(Caller caller, Bid bid) {
    return BidAccess.canRead(caller, bid);
  }
}
