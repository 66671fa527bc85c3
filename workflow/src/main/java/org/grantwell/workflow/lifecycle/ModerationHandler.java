package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.SaferStreetsIds;

/**
 * The panel's moderation when the assessors' weighted scores differ by more than the round's
 * threshold. Form: {@code moderatedScore} (0 to 100), {@code reason}.
 */
@ApplicationScoped
public class ModerationHandler implements TaskHandler {

  @Inject private Awards awards;
  @Inject private AuditTrail audit;

  @Override
  public Set<String> taskKeys() {
    return Set.of(SaferStreetsIds.TASK_MODERATE_SCORES);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    BigDecimal score = form.decimal("moderatedScore", true, BigDecimal.ZERO, new BigDecimal("100"));
    String reason = form.text("reason", true, 4000);
    form.throwIfAny();
    Bid bid = context.bid();
    awards.of(bid).moderate(score, reason, context.caller().username(), context.now());
    audit.record(context.caller().username(), "BID", bid.getReference(), "SCORES_MODERATED", null,
        Map.of("moderatedScore", score.toPlainString(), "reason", reason));
    return TaskOutcome.completeWithout();
  }
}
