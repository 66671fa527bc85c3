package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.bid.AttachmentRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.rules.BidValidator;
import org.grantwell.db.bid.rules.Violation;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.lifecycle.AssessorAllocator;
import org.grantwell.workflow.lifecycle.LifecycleVariables;

/**
 * Runs the round's rules on the submitted bid. An ineligible bid ends with its reasons in the audit
 * record; an eligible one gets its assessors (sets {@code eligible} and {@code assessors}).
 */
@Dependent
public class CheckEligibilityDelegate implements JavaDelegate {

  @Inject private Steps steps;
  @Inject private BidRepository bids;
  @Inject private AttachmentRepository attachments;
  @Inject private AssessorAllocator allocator;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  public void execute(DelegateExecution execution) {
    Bid bid = steps.bid(execution);
    List<Violation> violations =
        new BidValidator().check(bid.toCandidate(attachments.dataFor(bid.getId())),
            bid.getRound().rulesFor(bid.getForceArea()), bids.areaContext(bid));
    boolean eligible = violations.isEmpty();
    execution.setVariable(LifecycleVariables.ELIGIBLE, eligible);
    if (!eligible) {
      List<String> reasons = violations.stream().map(v -> v.code() + ": " + v.message()).toList();
      audit.record(Steps.actor(execution), "BID", bid.getReference(), "FOUND_INELIGIBLE", null, Map.of("reasons", reasons));
      return;
    }
    List<String> assessors = new ArrayList<>(allocator.allocate(bid, clock.instant()));
    execution.setVariable(LifecycleVariables.ASSESSORS, assessors);
    audit.record(Steps.actor(execution), "BID", bid.getReference(), "FOUND_ELIGIBLE", null, Map.of("assessors", assessors));
  }
}
