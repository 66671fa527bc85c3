package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.audit.AuditTrail;

/** Records that the round's window closed while the bid was still being prepared. */
@Dependent
public class MarkBidLateDelegate implements JavaDelegate {

  @Inject private Steps steps;
  @Inject private AuditTrail audit;

  @Override
  public void execute(DelegateExecution execution) {
    Bid bid = steps.bid(execution);
    audit.record(Steps.actor(execution), "BID", bid.getReference(), "MARKED_LATE",
        Map.of("status", bid.getStatus().name()), Map.of("closedAt", bid.getRound().getClosesAt().toString()));
  }
}
