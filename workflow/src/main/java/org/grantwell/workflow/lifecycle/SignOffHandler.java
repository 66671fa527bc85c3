package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.BidVersion;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.shared.ForbiddenActionException;

/**
 * The PCC office's sign-off: approve with the bid's rank among the area's bids (1 to the round's
 * cap, one bid per rank, so at most the cap go forward) or return it to draft with comments.
 * Whoever sent the bid for sign-off cannot sign it off. Form: {@code decision} APPROVED or
 * RETURNED, {@code rank}, {@code comment} (required when returning).
 */
@ApplicationScoped
public class SignOffHandler implements TaskHandler {

  /** The two answers of a sign-off. */
  public enum Decision { APPROVED, RETURNED }

  @Inject private BidRepository bids;
  @Inject private AuditTrail audit;

  @Override
  public Set<String> taskKeys() {
    return Set.of(SaferStreetsIds.TASK_SIGN_OFF_BID);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    Bid bid = context.bid();
    Decision decision = form.choice("decision", Decision.class);
    String comment = form.text("comment", decision == Decision.RETURNED, 4000);
    Integer cap = bid.getRound().ruleSet().maxBidsPerArea();
    Integer rank = null;
    if (decision == Decision.APPROVED && cap != null) {
      rank = form.integer("rank", true, 1, cap);
      if (rank != null) {
        int wanted = rank;
        bids.holderOfRank(bid, wanted).ifPresent(other ->
            form.invalid("rank", "Bid " + other.getReference() + " already has rank " + wanted
                + " in " + bid.getForceArea().getName() + "; give each bid its own rank from 1 to " + cap));
      }
    }
    form.throwIfAny();
    String sender = bids.latestVersion(bid, "SIGN_OFF").map(BidVersion::getCreatedBy).orElse(null);
    if (context.caller().username().equals(sender)) {
      throw new ForbiddenActionException(
          "You sent bid " + bid.getReference() + " for sign-off, so someone else in the office signs it off");
    }
    Map<String, Object> before = Map.of("status", bid.getStatus().name());
    bid.rankInArea(rank, context.caller().username(), context.now());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("decision", decision.name());
    after.put("rank", rank);
    after.put("comment", comment);
    audit.record(context.caller().username(), "BID", bid.getReference(),
        decision == Decision.APPROVED ? "SIGNED_OFF" : "RETURNED_TO_DRAFT", before, after);
    return TaskOutcome.completeWith(Map.of(SaferStreetsIds.VAR_SIGN_OFF_DECISION, decision.name()));
  }
}
