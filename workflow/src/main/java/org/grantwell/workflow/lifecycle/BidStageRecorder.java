package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.BidStatus;

/** Writes the status a bid's process has reached onto the bid (called by the stage listener). */
@ApplicationScoped
public class BidStageRecorder {

  @Inject private BidRepository bids;
  @Inject private Clock clock;

  public void record(long bidId, BidStatus stage) {
    bids.find(bidId)
        .filter(bid -> bid.getStatus() != stage)
        .ifPresent(bid -> bid.reachStage(stage, clock.instant()));
  }
}
