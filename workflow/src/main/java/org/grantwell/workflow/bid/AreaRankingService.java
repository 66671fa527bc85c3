package org.grantwell.workflow.bid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grantwell.db.area.ForceAreaRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.round.FundingRoundRepository;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.task.TaskInboxService;
import org.grantwell.workflow.task.TaskView;

/**
 * The ranking of a force area's bids against a round's cap, for the PCC office that ranks and
 * signs them off: its own bids and its partners' (local authorities, charities) alike, with the
 * open sign-off tasks the caller may take.
 */
@ApplicationScoped
@Transactional
public class AreaRankingService {

  @Inject private FundingRoundRepository rounds;
  @Inject private BidRepository bids;
  @Inject private TaskInboxService tasks;
  @Inject private ForceAreaRepository areas;

  public AreaRanking ranking(Caller caller, String roundReference) {
    if (!OrganisationType.PCC_OFFICE.name().equals(caller.organisationType()) || caller.organisationId() == null) {
      throw new ForbiddenActionException("Only a PCC office ranks its force area's bids");
    }
    FundingRound round = rounds.findByReference(roundReference == null ? "" : roundReference.strip())
        .orElseThrow(() -> new NotFoundException("There is no round " + roundReference));
    List<Bid> area = bids.findForOffice(round.getId(), caller.organisationId());
    Map<String, String> signOffTasks = tasks.inbox(caller, Map.of("taskKey", SaferStreetsIds.TASK_SIGN_OFF_BID)).stream()
        .filter(task -> SaferStreetsIds.TASK_SIGN_OFF_BID.equals(task.taskKey()) && task.bidReference() != null)
        .collect(Collectors.toMap(TaskView::bidReference, TaskView::id, (first, second) -> first));
    Integer cap = round.ruleSet().maxBidsPerArea();
    Money forwardTotal = Money.ZERO;
    List<AreaRanking.RankedBid> ranked = new java.util.ArrayList<>();
    String areaName = caller.forceAreaCode() == null ? null
        : areas.findByCode(caller.forceAreaCode()).map(a -> a.getName()).orElse(null);
    for (Bid bid : area) {
      Money requested = bid.toCandidate().grantRequested();
      boolean forward = bid.getAreaRank() != null && (cap == null || bid.getAreaRank() <= cap);
      if (forward) {
        forwardTotal = forwardTotal.plus(requested);
      }
      ranked.add(new AreaRanking.RankedBid(bid.getId(), bid.getReference(), bid.content().title(), bid.getLeadOrganisation().getName(),
          !bid.getLeadOrganisation().getId().equals(caller.organisationId()), bid.getStatus().name(), bid.getAreaRank(),
          requested, forward, signOffTasks.get(bid.getReference())));
    }
    Money envelope = area.isEmpty() ? null : round.rulesFor(area.get(0).getForceArea()).areaEnvelope();
    return new AreaRanking(round.getReference(), round.getName(), areaName, cap, envelope, forwardTotal, ranked);
  }
}
