package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.audit.AuditTrail;

/**
 * Reminds the recipient that the offer lapses in four days. Grantwell has no mail server yet: the
 * reminder is recorded, and the offer shows on the recipient's task list with its due date.
 */
@Dependent
public class SendOfferReminderDelegate implements JavaDelegate {

  @Inject private Steps steps;
  @Inject private AuditTrail audit;

  @Override
  public void execute(DelegateExecution execution) {
    Bid bid = steps.bid(execution);
    audit.record(Steps.actor(execution), "BID", bid.getReference(), "OFFER_REMINDER_SENT", null,
        Map.of("to", bid.getLeadOrganisation().getName()));
  }
}
