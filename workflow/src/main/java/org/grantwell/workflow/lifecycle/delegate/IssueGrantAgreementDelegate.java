package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.award.Award;
import org.grantwell.db.award.FundingDecision;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.lifecycle.Awards;

/**
 * Issues one multi-year grant agreement for the approved spending plan: the plan's total is
 * committed in the ledger (its profile per year is the plan's budget) and offered to the office.
 */
@Dependent
public class IssueGrantAgreementDelegate implements JavaDelegate {

  @Inject private Steps steps;
  @Inject private Awards awards;
  @Inject private LedgerService ledger;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  public void execute(DelegateExecution execution) {
    Bid plan = steps.bid(execution);
    Money amount = awards.requested(plan);
    String actor = Steps.actor(execution);
    Award award = awards.of(plan);
    award.decide(FundingDecision.FUND, amount, "The grant conditions of the round", "Spending plan approved", actor, clock.instant());
    ledger.commitAward(plan.getId(), amount, actor, "award:" + plan.getId() + ":commit");
    award.offer(clock.instant().plus(CommitAwardDelegate.OFFER_OPEN_FOR), plan.getRound().getSpendStart(), plan.getRound().getSpendBy());
    audit.record(actor, "BID", plan.getReference(), "GRANT_AGREEMENT_ISSUED", null, Map.of("amount", amount.toString()));
  }
}
