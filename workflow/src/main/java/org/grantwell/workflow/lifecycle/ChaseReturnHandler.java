package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.SaferStreetsIds;

/** The grant officer records how an overdue return was chased. Form: {@code note}. */
@ApplicationScoped
public class ChaseReturnHandler implements TaskHandler {

  @Inject private AuditTrail audit;

  @Override
  public Set<String> taskKeys() {
    return Set.of(SaferStreetsIds.TASK_CHASE_OVERDUE_RETURN);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    String note = form.text("note", true, 4000);
    form.throwIfAny();
    audit.record(context.caller().username(), "BID", context.bid().getReference(), "OVERDUE_RETURN_CHASED", null, Map.of("note", note));
    return TaskOutcome.completeWithout();
  }
}
