package org.grantwell.workflow.lifecycle;

import static org.grantwell.db.shared.FinancialYear.LONDON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.BidVersion;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.shared.InvalidInputException;

/**
 * Submits a signed-off bid to the funder, only while the round's window is open; the version
 * submitted is kept. Form: none.
 */
@ApplicationScoped
public class SubmitHandler implements TaskHandler {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

  @Inject private BidRepository bids;
  @Inject private AuditTrail audit;

  @Override
  public Set<String> taskKeys() {
    return Set.of(SaferStreetsIds.TASK_SUBMIT_BID);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    Bid bid = context.bid();
    if (!bid.getRound().isOpenAt(context.now())) {
      throw new InvalidInputException("WINDOW_CLOSED", "round",
          "The window of round " + bid.getRound().getReference() + " closed at "
              + WHEN.format(bid.getRound().getClosesAt().atZone(LONDON)) + " (London time); the bid can no longer be submitted");
    }
    BidVersion sent = bids.versions(bid).get(bids.versions(bid).size() - 1);
    BidVersion submitted = bids.addVersion(bid, "SUBMITTED", sent.getGrantRequested(), sent.getSnapshot(),
        context.caller().username(), context.now());
    audit.record(context.caller().username(), "BID", bid.getReference(), "SUBMITTED",
        Map.of("status", bid.getStatus().name()),
        Map.of("version", submitted.getVersionNumber(), "grantRequested", submitted.getGrantRequested().toString()));
    return TaskOutcome.completeWithout();
  }
}
