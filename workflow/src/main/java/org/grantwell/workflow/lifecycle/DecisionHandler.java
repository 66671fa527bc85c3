package org.grantwell.workflow.lifecycle;

import static org.grantwell.db.shared.MoneyFormat.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.assessment.AssessmentRepository;
import org.grantwell.db.award.FundingDecision;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.shared.ForbiddenActionException;

/**
 * The panel's funding decision: fund in full (the grant requested), fund in part (a smaller amount,
 * with conditions) or decline, with reasons. The award is committed by the next step in the same
 * transaction, so a decision that would over-commit the round's pot is refused and nothing is
 * recorded. A panel member who assessed the bid does not decide it. Form: {@code decision},
 * {@code amount} (part funding), {@code conditions}, {@code reasons}.
 */
@ApplicationScoped
public class DecisionHandler implements TaskHandler {

  @Inject private Awards awards;
  @Inject private AssessmentRepository assessments;
  @Inject private AuditTrail audit;

  @Override
  public Set<String> taskKeys() {
    return Set.of(SaferStreetsIds.TASK_DECIDE_FUNDING);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    Bid bid = context.bid();
    Money requested = awards.requested(bid);
    FundingDecision decision = form.choice("decision", FundingDecision.class);
    Money amount = null;
    if (decision == FundingDecision.PART_FUND) {
      amount = form.money("amount", true, false);
      if (amount != null && !amount.isLessThan(requested)) {
        form.invalid("amount", "Part funding is less than the " + format(requested) + " requested; to give it all, fund in full");
      }
    } else if (decision == FundingDecision.FUND) {
      amount = requested;
    }
    String conditions = form.text("conditions", false, 4000);
    String reasons = form.text("reasons", true, 4000);
    form.throwIfAny();
    if (assessments.find(bid, context.caller().username()).isPresent()) {
      throw new ForbiddenActionException(
          "You assessed bid " + bid.getReference() + "; another member of the panel decides it");
    }
    awards.of(bid).decide(decision, amount, conditions, reasons, context.caller().username(), context.now());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("decision", decision.name());
    after.put("amount", amount == null ? null : amount.toString());
    after.put("requested", requested.toString());
    after.put("conditions", conditions);
    after.put("reasons", reasons);
    audit.record(context.caller().username(), "BID", bid.getReference(), "FUNDING_DECIDED", null, after);
    return TaskOutcome.completeWith(Map.of(SaferStreetsIds.VAR_FUNDING_DECISION, decision.name()));
  }
}
