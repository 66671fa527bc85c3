package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.award.Award;
import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.lifecycle.Awards;

/** The offer lapsed unaccepted: the committed money goes back to the round's pot. */
@Dependent
public class ReleaseAwardDelegate implements JavaDelegate {

  @Inject private Steps steps;
  @Inject private Awards awards;
  @Inject private LedgerService ledger;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  public void execute(DelegateExecution execution) {
    Bid bid = steps.bid(execution);
    Award award = awards.of(bid);
    ledger.releaseAward(bid.getId(), "Offer to " + bid.getReference() + " lapsed unaccepted after 14 days",
        Steps.actor(execution), "award:" + bid.getId() + ":lapsed");
    award.lapse(clock.instant());
    audit.record(Steps.actor(execution), "BID", bid.getReference(), "OFFER_LAPSED", null,
        Map.of("released", award.getAmount().toString()));
  }
}
