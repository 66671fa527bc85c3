package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.delivery.MonitoringReturn;
import org.grantwell.db.delivery.MonitoringReturnRepository;
import org.grantwell.db.delivery.ReturnStatus;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.shared.ForbiddenActionException;

/**
 * The funder's grant officer verifies a return (the claim is then paid) or sends it back with a
 * comment. Whoever filed a return cannot verify it. Form: {@code verified}, {@code comment}.
 */
@ApplicationScoped
public class VerifyReturnHandler implements TaskHandler {

  @Inject private MonitoringReturnRepository returns;
  @Inject private AuditTrail audit;

  @Override
  public Set<String> taskKeys() {
    return Set.of(SaferStreetsIds.TASK_VERIFY_RETURN);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    Boolean verified = form.bool("verified", true);
    String comment = form.text("comment", Boolean.FALSE.equals(verified), 4000);
    form.throwIfAny();
    Bid bid = context.bid();
    MonitoringReturn filed =
        returns.findByBid(bid).stream()
            .filter(r -> r.getStatus() == ReturnStatus.SUBMITTED && !r.isFinalReturn())
            .reduce((first, second) -> second)
            .orElseThrow(() -> new IllegalStateException("Bid " + bid.getReference() + " has no return waiting"));
    if (filed.getSubmittedBy().equals(context.caller().username())) {
      throw new ForbiddenActionException("You filed this return, so someone else verifies it");
    }
    if (verified) {
      filed.verify(context.caller().username(), comment, context.now());
    } else {
      filed.reject(context.caller().username(), comment, context.now());
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("period", filed.period().toString());
    after.put("verified", verified);
    after.put("comment", comment);
    after.put("totalSpend", filed.totalSpend().toString());
    audit.record(context.caller().username(), "BID", bid.getReference(), verified ? "RETURN_VERIFIED" : "RETURN_SENT_BACK", null, after);
    return TaskOutcome.completeWith(Map.of(SaferStreetsIds.VAR_RETURN_VERIFIED, verified));
  }
}
