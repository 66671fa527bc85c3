package org.grantwell.workflow.lifecycle;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import org.grantwell.db.bid.BidStatus;
import org.grantwell.workflow.model.LocalCommissioningIds;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.model.VictimsFundingIds;

/**
 * The status a bid shows when its process instance reaches an activity: the only source of a
 * bid's status after the draft. An activity not listed leaves the status as it was.
 */
public final class BidStages {

  private static final Map<String, BidStatus> COMPETITIVE =
      Map.ofEntries(
          entry(SaferStreetsIds.TASK_DRAFT_BID, BidStatus.DRAFT),
          entry(SaferStreetsIds.TASK_SIGN_OFF_BID, BidStatus.AWAITING_SIGN_OFF),
          entry(SaferStreetsIds.TASK_SUBMIT_BID, BidStatus.SIGNED_OFF),
          entry(SaferStreetsIds.TASK_MARK_BID_LATE, BidStatus.LATE),
          entry(SaferStreetsIds.TASK_CHECK_ELIGIBILITY, BidStatus.SUBMITTED),
          entry(SaferStreetsIds.END_BID_INELIGIBLE, BidStatus.INELIGIBLE),
          entry(SaferStreetsIds.TASK_ASSESS_BID, BidStatus.IN_ASSESSMENT),
          entry(SaferStreetsIds.TASK_MODERATE_SCORES, BidStatus.IN_MODERATION),
          entry(SaferStreetsIds.TASK_DECIDE_FUNDING, BidStatus.AWAITING_DECISION),
          entry(SaferStreetsIds.END_BID_DECLINED, BidStatus.DECLINED),
          entry(SaferStreetsIds.TASK_ACCEPT_OFFER, BidStatus.OFFERED),
          entry(SaferStreetsIds.END_OFFER_LAPSED, BidStatus.OFFER_LAPSED),
          entry(SaferStreetsIds.SUB_DELIVERY, BidStatus.IN_DELIVERY),
          entry(SaferStreetsIds.TASK_SUBMIT_FINAL_RETURN, BidStatus.FINAL_RETURN_DUE),
          entry(SaferStreetsIds.END_AWARD_CLOSED, BidStatus.CLOSED));

  private static final Map<String, BidStatus> LOCAL =
      Map.ofEntries(
          entry(LocalCommissioningIds.TASK_DRAFT_BID, BidStatus.DRAFT),
          entry(LocalCommissioningIds.TASK_SUBMIT_BID, BidStatus.READY_TO_SUBMIT),
          entry(LocalCommissioningIds.TASK_MARK_BID_LATE, BidStatus.LATE),
          entry(LocalCommissioningIds.TASK_CHECK_ELIGIBILITY, BidStatus.SUBMITTED),
          entry(LocalCommissioningIds.END_BID_INELIGIBLE, BidStatus.INELIGIBLE),
          entry(LocalCommissioningIds.TASK_ASSESS_BID, BidStatus.IN_ASSESSMENT),
          entry(LocalCommissioningIds.TASK_MODERATE_SCORES, BidStatus.IN_MODERATION),
          entry(LocalCommissioningIds.TASK_DECIDE_FUNDING, BidStatus.AWAITING_DECISION),
          entry(LocalCommissioningIds.END_BID_DECLINED, BidStatus.DECLINED),
          entry(LocalCommissioningIds.END_ALLOCATION_EXCEEDED, BidStatus.DECLINED),
          entry(LocalCommissioningIds.TASK_ACCEPT_OFFER, BidStatus.OFFERED),
          entry(LocalCommissioningIds.END_OFFER_LAPSED, BidStatus.OFFER_LAPSED),
          entry(LocalCommissioningIds.SUB_DELIVERY, BidStatus.IN_DELIVERY),
          entry(LocalCommissioningIds.TASK_SUBMIT_FINAL_RETURN, BidStatus.FINAL_RETURN_DUE),
          entry(LocalCommissioningIds.END_AWARD_CLOSED, BidStatus.CLOSED));

  private static final Map<String, BidStatus> VICTIMS =
      Map.ofEntries(
          entry(VictimsFundingIds.TASK_SUBMIT_SPENDING_PLAN, BidStatus.DRAFT),
          entry(VictimsFundingIds.TASK_REVIEW_SPENDING_PLAN, BidStatus.AWAITING_DECISION),
          entry(VictimsFundingIds.TASK_ACCEPT_GRANT_AGREEMENT, BidStatus.OFFERED),
          entry(VictimsFundingIds.SUB_DELIVERY, BidStatus.IN_DELIVERY),
          entry(VictimsFundingIds.TASK_SUBMIT_FINAL_RETURN, BidStatus.FINAL_RETURN_DUE),
          entry(VictimsFundingIds.END_ALLOCATION_CLOSED, BidStatus.CLOSED));

  private static final Map<String, Map<String, BidStatus>> BY_PROCESS =
      Map.of(
          SaferStreetsIds.PROCESS_KEY, COMPETITIVE,
          LocalCommissioningIds.PROCESS_KEY, LOCAL,
          VictimsFundingIds.PROCESS_KEY, VICTIMS);

  private BidStages() {}

  /** The status a bid takes when its process of {@code processKey} reaches {@code activityId}. */
  public static Optional<BidStatus> reached(String processKey, String activityId) {
    return Optional.ofNullable(BY_PROCESS.getOrDefault(processKey, Map.of()).get(activityId));
  }

  /** Whether an activity of this id sets a status in some lifecycle process (so it needs the listener). */
  static boolean isStageOfAny(String activityId) {
    return BY_PROCESS.values().stream().anyMatch(stages -> stages.containsKey(activityId));
  }
}
