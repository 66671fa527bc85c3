package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.award.Award;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.delivery.MonitoringReturn;
import org.grantwell.db.delivery.MonitoringReturnRepository;
import org.grantwell.db.delivery.ReturnStatus;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.lifecycle.AwardProfile;
import org.grantwell.workflow.lifecycle.Awards;

/**
 * Pays the claim of the return just verified: the award's agreed profile for that quarter (never
 * more than the award has left to pay). Paid to profile, so spend below profile is recovered at
 * closure. Idempotent: one claim per award and quarter.
 */
@Dependent
public class PayClaimDelegate implements JavaDelegate {

  @Inject private Steps steps;
  @Inject private Awards awards;
  @Inject private MonitoringReturnRepository returns;
  @Inject private LedgerService ledger;
  @Inject private AuditTrail audit;

  @Override
  public void execute(DelegateExecution execution) {
    Bid bid = steps.bid(execution);
    Award award = awards.of(bid);
    MonitoringReturn verified = returns.findByBid(bid).stream()
        .filter(r -> r.getStatus() == ReturnStatus.VERIFIED && !r.isFinalReturn())
        .reduce((first, second) -> second.getVerifiedAt().isAfter(first.getVerifiedAt()) ? second : first)
        .orElseThrow(() -> new IllegalStateException("Bid " + bid.getReference() + " has no verified return to pay"));
    FinancialQuarter quarter = verified.period();
    Money profiled = AwardProfile.forQuarter(bid.content().budgetLines(), award.getAmount(), quarter);
    Money claim = profiled.min(ledger.awardBalances(bid.getId()).outstanding());
    if (claim.isPositive()) {
      ledger.payClaim(bid.getId(), claim, quarter.year(), quarter.number(), Steps.actor(execution),
          "award:" + bid.getId() + ":claim:" + quarter);
    }
    audit.record(Steps.actor(execution), "BID", bid.getReference(), "CLAIM_PAID", null,
        Map.of("period", quarter.toString(), "amount", claim.toString(), "reportedSpend", verified.totalSpend().toString()));
  }
}
