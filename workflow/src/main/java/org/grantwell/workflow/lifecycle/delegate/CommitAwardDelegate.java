package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.allocation.AllocationRepository;
import org.grantwell.db.award.Award;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.lifecycle.Awards;

/**
 * Commits the decided award in the ledger and makes the offer (14 days to accept). The ledger
 * refuses an award the round's pot cannot cover, which rolls the decision back. A PCC office's
 * award to a provider must also fit what the office was allocated: beyond it, the bid ends as
 * "allocation exceeded" (error {@code Err_AllocationExceeded}) and nothing is committed.
 */
@Dependent
public class CommitAwardDelegate implements JavaDelegate {

  static final Duration OFFER_OPEN_FOR = Duration.ofDays(14);

  @Inject private Steps steps;
  @Inject private Awards awards;
  @Inject private LedgerService ledger;
  @Inject private AllocationRepository allocations;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  public void execute(DelegateExecution execution) {
    Bid bid = steps.bid(execution);
    Award award = awards.of(bid);
    Money amount = award.getAmount();
    if (bid.getRound().getFunder().getType() == OrganisationType.PCC_OFFICE) {
      long office = bid.getRound().getFunder().getId();
      Money allocated = allocations.totalForOrganisation(office);
      Money committed = ledger.committedByFunder(office);
      if (committed.plus(amount).isGreaterThan(allocated)) {
        audit.record(Steps.actor(execution), "BID", bid.getReference(), "ALLOCATION_EXCEEDED", null,
            Map.of("amount", amount.toString(), "allocated", allocated.toString(), "committed", committed.toString()));
        throw new BpmnError("Err_AllocationExceeded",
            "The office has " + allocated.minus(committed) + " of its allocation left, less than " + amount);
      }
    }
    ledger.commitAward(bid.getId(), amount, Steps.actor(execution), "award:" + bid.getId() + ":commit");
    award.offer(clock.instant().plus(OFFER_OPEN_FOR), bid.getRound().getSpendStart(), bid.getRound().getSpendBy());
    audit.record(Steps.actor(execution), "BID", bid.getReference(), "OFFER_MADE", null,
        Map.of("amount", amount.toString(), "expiresAt", award.getOfferExpiresAt().toString()));
  }
}
