package org.grantwell.workflow.ledger;

import org.grantwell.db.bid.Bid;
import org.grantwell.db.ledger.AwardBalance;
import org.grantwell.db.ledger.LedgerEntry;

/**
 * A bid whose round and award balance rows are locked, with the award's row (null while nothing is
 * committed) and the entry an earlier call wrote under the same key (null if none).
 */
record LockedAward(Bid bid, AwardBalance award, LedgerEntry earlier) implements java.io.Serializable {

  long roundId() {
    return bid.getRound().getId();
  }

  /** The award's row; refused ({@link LedgerRefusedException}) while nothing is committed. */
  AwardBalance balance() {
    if (award == null) {
      throw LedgerRefusedException.noAward(bid.getReference());
    }
    return award;
  }
}
