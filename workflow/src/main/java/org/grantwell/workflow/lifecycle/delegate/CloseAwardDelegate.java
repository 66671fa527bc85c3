package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.award.Award;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.delivery.MonitoringReturn;
import org.grantwell.db.delivery.MonitoringReturnRepository;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.ledger.AwardBalances;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.lifecycle.Awards;

/**
 * Closes the award after the final return: actual spend = the verified returns plus the final
 * return; what was paid beyond it is clawed back, what is committed but unpaid goes back to the
 * pot; the underspend (award minus actual spend) and the outcomes reported are kept on the award.
 */
@Dependent
public class CloseAwardDelegate implements JavaDelegate {

  @Inject private Steps steps;
  @Inject private Awards awards;
  @Inject private MonitoringReturnRepository returns;
  @Inject private LedgerService ledger;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  public void execute(DelegateExecution execution) {
    Bid bid = steps.bid(execution);
    Award award = awards.of(bid);
    MonitoringReturn last = returns.findByBid(bid).stream().filter(MonitoringReturn::isFinalReturn).findFirst()
        .orElseThrow(() -> new IllegalStateException("Bid " + bid.getReference() + " has no final return"));
    Money spent = returns.verifiedSpend(bid).plus(last.totalSpend());
    AwardBalances before = ledger.awardBalances(bid.getId());
    Money paidNet = before.paid().minus(before.clawedBack());
    Money clawback = paidNet.minus(spent);
    String actor = Steps.actor(execution);
    if (clawback.isPositive()) {
      ledger.clawBack(bid.getId(), clawback, "Underspend of " + bid.getReference() + " at closure", actor,
          "award:" + bid.getId() + ":clawback");
    }
    if (before.outstanding().isPositive()) {
      ledger.releaseAward(bid.getId(), "Unpaid rest of " + bid.getReference() + " released at closure", actor,
          "award:" + bid.getId() + ":closure-release");
    }
    Money underspend = award.getAmount().minus(spent).max(Money.ZERO);
    String outcomes = last.getNarrative().length() > 4000 ? last.getNarrative().substring(0, 4000) : last.getNarrative();
    award.close(underspend, outcomes, clock.instant());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("spent", spent.toString());
    after.put("underspend", underspend.toString());
    after.put("clawedBack", clawback.max(Money.ZERO).toString());
    after.put("released", before.outstanding().toString());
    audit.record(actor, "BID", bid.getReference(), "AWARD_CLOSED", null, after);
  }
}
