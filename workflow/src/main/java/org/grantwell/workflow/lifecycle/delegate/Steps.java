package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.workflow.lifecycle.LifecycleVariables;

/** What every lifecycle step reads: its bid and who caused it (the user, or "system" for a timer). */
@Dependent
public class Steps {

  static final String SYSTEM = "system";

  @Inject private BidRepository bids;

  Bid bid(DelegateExecution execution) {
    long id = (Long) execution.getVariable(LifecycleVariables.BID_ID);
    return bids.find(id).orElseThrow(() -> new IllegalStateException("No bid " + id));
  }

  static String actor(DelegateExecution execution) {
    Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current == null || current.getUserId() == null ? SYSTEM : current.getUserId();
  }
}
