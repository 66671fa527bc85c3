package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.grantwell.db.award.Award;
import org.grantwell.db.award.AwardRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.BidVersion;
import org.grantwell.db.shared.Money;

/** A bid's award record (moderation, decision, offer, delivery window, closure) and its request. */
@ApplicationScoped
public class Awards {

  @Inject private AwardRepository awards;
  @Inject private BidRepository bids;

  /** The bid's award record, created on first use, locked for the rest of the transaction. */
  public Award of(Bid bid) {
    return awards.lock(bid.getId()).orElseGet(() -> awards.add(new Award(bid.getId(), bid.getRound().getId())));
  }

  /** The grant the bid asked for, as it was sent on (its newest version). */
  public Money requested(Bid bid) {
    java.util.List<BidVersion> versions = bids.versions(bid);
    if (versions.isEmpty()) {
      return bid.toCandidate().grantRequested();
    }
    return versions.get(versions.size() - 1).getGrantRequested();
  }
}
