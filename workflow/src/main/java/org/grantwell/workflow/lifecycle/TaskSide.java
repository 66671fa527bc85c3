package org.grantwell.workflow.lifecycle;

import java.util.Map;
import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.security.Caller;

/**
 * Which organisation acts on a lifecycle task: the bid's lead organisation, the area's PCC office
 * (sign-off) or the round's funder (assessment, decisions, verification). The candidate groups say
 * which role; this says whose: an assessor of one funder never acts on another funder's bid.
 */
public enum TaskSide {
  LEAD,
  PCC_OFFICE,
  FUNDER;

  private static final Map<String, TaskSide> BY_TASK =
      Map.ofEntries(
          Map.entry("Task_DraftBid", LEAD),
          Map.entry("Task_SubmitBid", LEAD),
          Map.entry("Task_AcceptOffer", LEAD),
          Map.entry("Task_SubmitMonitoringReturn", LEAD),
          Map.entry("Task_SubmitOutcomeReturn", LEAD),
          Map.entry("Task_SubmitFinalReturn", LEAD),
          Map.entry("Task_SubmitSpendingPlan", LEAD),
          Map.entry("Task_AcceptGrantAgreement", LEAD),
          Map.entry("Task_SignOffBid", PCC_OFFICE),
          Map.entry("Task_AssessBid", FUNDER),
          Map.entry("Task_ModerateScores", FUNDER),
          Map.entry("Task_DecideFunding", FUNDER),
          Map.entry("Task_VerifyReturn", FUNDER),
          Map.entry("Task_ChaseOverdueReturn", FUNDER),
          Map.entry("Task_DecideVariation", FUNDER),
          Map.entry("Task_ReviewSpendingPlan", FUNDER));

  /** The task keys this side acts on. */
  public java.util.Set<String> taskKeys() {
    return BY_TASK.entrySet().stream().filter(e -> e.getValue() == this).map(Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The side of a lifecycle task; tasks of other processes have none. */
  public static TaskSide of(String taskKey) {
    return BY_TASK.get(taskKey);
  }

  /** Whether the caller's organisation is this side of the bid. */
  public boolean includes(Caller caller, Bid bid) {
    Long organisation = caller.organisationId();
    return switch (this) {
      case LEAD -> organisation.equals(bid.getLeadOrganisation().getId());
      case PCC_OFFICE -> organisation.equals(bid.getPccOffice().getId());
      case FUNDER -> organisation.equals(bid.getRound().getFunder().getId());
    };
  }
}
