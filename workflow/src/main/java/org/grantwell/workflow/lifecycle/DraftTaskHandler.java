package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.grantwell.workflow.bid.BidService;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.model.VictimsFundingIds;

/**
 * The draft step (a bid, or an office's spending plan) is finished by sending the bid on, exactly
 * as {@code POST /api/bids/{id}/submit-for-sign-off} does: checked against every rule, the version
 * kept, then the step completed. Form: {@code version} (optional, the version the user checked).
 */
@ApplicationScoped
public class DraftTaskHandler implements TaskHandler {

  @Inject private BidService bids;

  @Override
  public Set<String> taskKeys() {
    return Set.of(SaferStreetsIds.TASK_DRAFT_BID, VictimsFundingIds.TASK_SUBMIT_SPENDING_PLAN);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    Integer version = form.integer("version", false, 0, Integer.MAX_VALUE);
    form.throwIfAny();
    bids.submitForSignOff(context.caller(), context.bid().getId(), version == null ? null : version.longValue());
    return TaskOutcome.leaveOpen();
  }
}
