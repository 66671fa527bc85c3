package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.VictimsFundingIds;

/**
 * The Ministry of Justice grant officer approves an office's spending plan or returns it for
 * changes (it is then a draft again). Form: {@code approved}, {@code comment} (required when
 * returning).
 */
@ApplicationScoped
public class PlanReviewHandler implements TaskHandler {

  @Inject private AuditTrail audit;

  @Override
  public Set<String> taskKeys() {
    return Set.of(VictimsFundingIds.TASK_REVIEW_SPENDING_PLAN);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    Boolean approved = form.bool("approved", true);
    String comment = form.text("comment", Boolean.FALSE.equals(approved), 4000);
    form.throwIfAny();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("approved", approved);
    after.put("comment", comment);
    audit.record(context.caller().username(), "BID", context.bid().getReference(),
        approved ? "PLAN_APPROVED" : "PLAN_RETURNED", null, after);
    return TaskOutcome.completeWith(Map.of(VictimsFundingIds.VAR_PLAN_APPROVED, approved));
  }
}
