package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.audit.AuditTrail;

/**
 * Marks a provider's verified, paid return as part of its PCC office's next return to the Ministry
 * of Justice. The office's return reads verified provider returns when it is filed (see {@code
 * ReturnHandler}); this step records the hand-over on the provider's bid.
 */
@Dependent
public class FeedOfficeReturnDelegate implements JavaDelegate {

  @Inject private Steps steps;
  @Inject private AuditTrail audit;

  @Override
  public void execute(DelegateExecution execution) {
    Bid bid = steps.bid(execution);
    audit.record(Steps.actor(execution), "BID", bid.getReference(), "FED_OFFICE_RETURN", null,
        Map.of("office", bid.getRound().getFunder().getName()));
  }
}
