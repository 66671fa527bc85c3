package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.grantwell.db.delivery.Variation;
import org.grantwell.db.delivery.VariationRepository;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.SaferStreetsIds;

/**
 * The grant officer approves or declines a requested variation (its id is local to the variation's
 * scope); an approved one is applied by the next step in the same transaction. Form: {@code
 * approved}, {@code reason} (required when declining).
 */
@ApplicationScoped
public class VariationDecisionHandler implements TaskHandler {

  @Inject private VariationRepository variations;
  @Inject private RuntimeService runtime;
  @Inject private AuditTrail audit;

  @Override
  public Set<String> taskKeys() {
    return Set.of(SaferStreetsIds.TASK_DECIDE_VARIATION);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    Boolean approved = form.bool("approved", true);
    String reason = form.text("reason", Boolean.FALSE.equals(approved), 4000);
    form.throwIfAny();
    long id = (Long) runtime.getVariable(context.executionId(), SaferStreetsIds.VAR_VARIATION_ID);
    Variation variation = variations.find(id).orElseThrow();
    if (approved) {
      variation.approve(context.caller().username(), reason, context.now());
    } else {
      variation.decline(context.caller().username(), reason, context.now());
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("variation", id);
    after.put("kind", variation.getKind().name());
    after.put("approved", approved);
    after.put("reason", reason);
    audit.record(context.caller().username(), "BID", context.bid().getReference(),
        approved ? "VARIATION_APPROVED" : "VARIATION_DECLINED", null, after);
    return TaskOutcome.completeWith(Map.of(SaferStreetsIds.VAR_VARIATION_APPROVED, approved));
  }
}
