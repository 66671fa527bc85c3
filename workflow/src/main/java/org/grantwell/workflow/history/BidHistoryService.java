package org.grantwell.workflow.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.grantwell.db.audit.AuditEntry;
import org.grantwell.db.audit.AuditRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.workflow.bid.BidAccessPolicy;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.NotFoundException;

/**
 * What happened to a bid, for people who may read it: one timeline of its process steps (any of
 * the three lifecycles, found by business key = bid reference) and its audit entries, each user
 * task carrying the changes its assignee made while doing it; and its newest process instance
 * drawn on the model. Read only. A bid the caller may not read is "not found", as in {@code
 * BidService}.
 */
@ApplicationScoped
@Transactional
public class BidHistoryService {

  static final String AUDIT_ENTITY_TYPE = "BID";

  @Inject private HistoryService history;
  @Inject private RepositoryService repository;
  @Inject private RuntimeService runtime;
  @Inject private BidRepository bids;
  @Inject private AuditRepository audit;

  /** The bid's process steps and audit entries, oldest first; only audit entries before a process starts. */
  public List<HistoryStep> history(Caller caller, long bidId) {
    Bid bid = visible(caller, bidId);
    List<AuditRecord> entries =
        audit.findByEntity(AUDIT_ENTITY_TYPE, bid.getReference()).stream().map(BidHistoryService::record).toList();
    return HistoryTimeline.merge(engine().activities(bid.getReference()), entries);
  }

  /** The bid's newest process instance with its model and the activities active and completed. */
  public DiagramView diagram(Caller caller, long bidId) {
    Bid bid = visible(caller, bidId);
    return engine()
        .diagram(bid.getReference())
        .orElseThrow(() -> new NotFoundException("Bid " + bid.getReference() + " has no process yet"));
  }

  private EngineHistory engine() {
    return new EngineHistory(history, repository, runtime);
  }

  private Bid visible(Caller caller, long id) {
    Bid bid = bids.find(id).orElseThrow(() -> new NotFoundException("There is no bid " + id));
    if (!BidAccessPolicy.canRead(caller, bid)) {
      throw new NotFoundException("There is no bid " + id);
    }
    return bid;
  }

  private static AuditRecord record(AuditEntry entry) {
    return new AuditRecord(
        entry.getActor(), entry.getOccurredAt(), entry.getAction(), entry.getOldValue(), entry.getNewValue());
  }
}
