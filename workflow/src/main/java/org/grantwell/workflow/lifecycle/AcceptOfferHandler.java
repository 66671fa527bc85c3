package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.award.Award;
import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.model.VictimsFundingIds;

/**
 * The recipient accepts the offer (or the grant agreement) and its conditions. Form: {@code
 * accept} = true; an offer not accepted lapses on its own after 14 days.
 */
@ApplicationScoped
public class AcceptOfferHandler implements TaskHandler {

  @Inject private Awards awards;
  @Inject private AuditTrail audit;

  @Override
  public Set<String> taskKeys() {
    return Set.of(SaferStreetsIds.TASK_ACCEPT_OFFER, VictimsFundingIds.TASK_ACCEPT_GRANT_AGREEMENT);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    Boolean accept = form.bool("accept", true);
    if (Boolean.FALSE.equals(accept)) {
      form.invalid("accept", "To accept, answer true; an offer that is not accepted lapses after 14 days");
    }
    form.throwIfAny();
    Bid bid = context.bid();
    Award award = awards.of(bid);
    award.accept(context.caller().username(), context.now());
    audit.record(context.caller().username(), "BID", bid.getReference(), "OFFER_ACCEPTED", null,
        Map.of("amount", String.valueOf(award.getAmount()), "conditions", String.valueOf(award.getConditions())));
    return TaskOutcome.completeWithout();
  }
}
