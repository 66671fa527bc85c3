package org.grantwell.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.grantwell.db.assessment.AssessmentRepository;
import org.grantwell.db.award.Award;
import org.grantwell.db.award.AwardRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.delivery.MonitoringReturn;
import org.grantwell.db.delivery.MonitoringReturnRepository;
import org.grantwell.db.delivery.ReturnStatus;
import org.grantwell.db.delivery.VariationRepository;
import org.grantwell.db.round.AssessmentCriterion;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.bid.BidService;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.lifecycle.ReturnPeriods;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.security.Caller;

/** What a task's page shows beside its form; only for a task the caller may see. */
@ApplicationScoped
@Transactional
public class TaskDetailsService {

  private static final List<String> FUNDER_REVIEW =
      List.of(SaferStreetsIds.TASK_MODERATE_SCORES, SaferStreetsIds.TASK_DECIDE_FUNDING);

  @Inject private TaskInboxService inbox;
  @Inject private BidService bidService;
  @Inject private BidRepository bids;
  @Inject private AssessmentRepository assessments;
  @Inject private AwardRepository awards;
  @Inject private MonitoringReturnRepository returns;
  @Inject private VariationRepository variations;
  @Inject private LedgerService ledger;

  public TaskDetails details(Caller caller, String taskId) {
    TaskView task = inbox.find(caller, taskId);
    if (task.bidId() == null) {
      return new TaskDetails(task, null, List.of(), List.of(), null, null, null, null, null, null, null);
    }
    Bid bid = bids.find(task.bidId()).orElseThrow();
    List<TaskDetails.Criterion> criteria = bid.getRound().getCriteria().stream()
        .map(c -> new TaskDetails.Criterion(c.getCode(), c.getTitle(), c.getGuidance(), c.getWeight().toPlainString(), c.getScaleMax()))
        .toList();
    List<TaskDetails.Assessment> scored = FUNDER_REVIEW.contains(task.taskKey())
        ? assessments.findByBid(bid).stream().map(TaskDetailsService::assessment).toList()
        : List.of();
    org.grantwell.workflow.bid.BidView view = bidService.get(caller, bid.getId());
    Money requested = view.grantRequested() == null ? null : Money.of(view.grantRequested());
    String remaining = FUNDER_REVIEW.contains(task.taskKey())
        ? ledger.balances(bid.getRound().getId()).remaining().toString() : null;
    TaskDetails.Award award = awards.find(bid.getId()).map(TaskDetailsService::award).orElse(null);
    TaskDetails.Return latest = returns.findByBid(bid).stream()
        .filter(r -> r.getStatus() == ReturnStatus.SUBMITTED || SaferStreetsIds.TASK_VERIFY_RETURN.equals(task.taskKey()))
        .reduce((a, b) -> b).map(TaskDetailsService::filed).orElse(null);
    String period = ReturnPeriods.NEXT_END_VARIABLES.stream()
        .map(name -> inbox.variable(taskId, name))
        .filter(String.class::isInstance)
        .findFirst()
        .map(end -> ReturnPeriods.endingAt(Instant.parse((String) end)).toString()).orElse(null);
    TaskDetails.Variation variation = Optional.ofNullable(inbox.variable(taskId, SaferStreetsIds.VAR_VARIATION_ID))
        .flatMap(id -> variations.find((Long) id))
        .map(v -> new TaskDetails.Variation(v.getId(), v.getKind().name(), label(v.getFromYear()), label(v.getToYear()),
            v.getFromCategory(), v.getToCategory(), v.getAmount() == null ? null : v.getAmount().toString(),
            v.getNewSpendBy() == null ? null : v.getNewSpendBy().toString(), v.getReason(), v.getRequestedBy()))
        .orElse(null);
    return new TaskDetails(task, view, criteria, scored,
        requested == null ? null : requested.toString(), remaining, award, latest, period, variation,
        bid.getRound().ruleSet().maxBidsPerArea());
  }

  private static String label(org.grantwell.db.shared.FinancialYear year) {
    return year == null ? null : year.label();
  }

  private static TaskDetails.Assessment assessment(org.grantwell.db.assessment.Assessment a) {
    return new TaskDetails.Assessment(a.getAssessor(), a.getStatus().name(),
        a.getWeightedScore() == null ? null : a.getWeightedScore().toPlainString(), a.getComment(), a.getConflictReason(),
        a.getScores().stream().map(s -> new TaskDetails.Score(s.getCriterionCode(), s.getScore(), s.getComment())).toList());
  }

  private static TaskDetails.Award award(Award a) {
    return new TaskDetails.Award(a.getDecision() == null ? null : a.getDecision().name(),
        a.getAmount() == null ? null : a.getAmount().toString(), a.getConditions(), a.getReasons(),
        a.getModeratedScore() == null ? null : a.getModeratedScore().toPlainString(),
        a.getOfferExpiresAt() == null ? null : a.getOfferExpiresAt().toString(),
        a.getSpendStart() == null ? null : a.getSpendStart().toString(), a.getSpendBy() == null ? null : a.getSpendBy().toString());
  }

  private static TaskDetails.Return filed(MonitoringReturn r) {
    return new TaskDetails.Return(r.getId(), r.period().toString(), r.isFinalReturn(), r.getStatus().name(), r.getNarrative(),
        r.getSubmittedBy(),
        r.getSpend().stream().map(l -> new TaskDetails.Line(l.getCategory(), l.isCapital(), l.getAmount().toString())).toList(),
        r.getOutcomes().stream().map(o -> new TaskDetails.Outcome(o.getIndicator(), o.getValue().toPlainString())).toList(),
        r.totalSpend().toString());
  }
}
