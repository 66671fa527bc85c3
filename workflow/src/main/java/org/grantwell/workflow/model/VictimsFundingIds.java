package org.grantwell.workflow.model;

/**
 * The ids of the MoJ victims' funding process ({@code processes/victimsFunding.bpmn}): one
 * instance per PCC office per round, from the formula allocation to closure. Activities, events,
 * the message, the variables it reads and writes, and the bean names its delegate expressions
 * resolve. Keep in step with the model; {@code LifecycleModelTest} checks that every id here
 * is in the file and vice versa.
 */
public final class VictimsFundingIds {

  /** Process key; business key = the allocation reference. */
  public static final String PROCESS_KEY = "victimsFunding";

  // Allocation, spending plan and grant agreement
  public static final String START_ALLOCATION_STARTED = "StartEvent_AllocationStarted";
  public static final String TASK_COMPUTE_ALLOCATION = "Task_ComputeAllocation";
  public static final String TASK_SUBMIT_SPENDING_PLAN = "Task_SubmitSpendingPlan";
  public static final String TASK_REVIEW_SPENDING_PLAN = "Task_ReviewSpendingPlan";
  public static final String GATEWAY_PLAN_APPROVED = "Gateway_PlanApproved";
  public static final String TASK_ISSUE_GRANT_AGREEMENT = "Task_IssueGrantAgreement";
  public static final String TASK_ACCEPT_GRANT_AGREEMENT = "Task_AcceptGrantAgreement";

  // Delivery (embedded sub-process: periodic outcome returns and claims)
  public static final String SUB_DELIVERY = "Sub_Delivery";
  public static final String START_DELIVERY_STARTED = "StartEvent_DeliveryStarted";
  public static final String TASK_SCHEDULE_NEXT_RETURN = "Task_ScheduleNextReturn";
  public static final String GATEWAY_MORE_PERIODS = "Gateway_MorePeriods";
  public static final String TIMER_PERIOD_END = "TimerEvent_PeriodEnd";
  public static final String TASK_SUBMIT_OUTCOME_RETURN = "Task_SubmitOutcomeReturn";
  public static final String BOUNDARY_RETURN_OVERDUE = "BoundaryEvent_ReturnOverdue";
  public static final String TASK_CHASE_OVERDUE_RETURN = "Task_ChaseOverdueReturn";
  public static final String END_OVERDUE_RETURN_CHASED = "EndEvent_OverdueReturnChased";
  public static final String TASK_VERIFY_RETURN = "Task_VerifyReturn";
  public static final String GATEWAY_RETURN_VERIFIED = "Gateway_ReturnVerified";
  public static final String TASK_PAY_CLAIM = "Task_PayClaim";
  public static final String END_DELIVERY_COMPLETED = "EndEvent_DeliveryCompleted";

  // Variation (non-interrupting event sub-process inside Sub_Delivery)
  public static final String SUB_VARIATION = "Sub_Variation";
  public static final String START_VARIATION_REQUESTED = "StartEvent_VariationRequested";
  public static final String TASK_DECIDE_VARIATION = "Task_DecideVariation";
  public static final String GATEWAY_VARIATION_APPROVED = "Gateway_VariationApproved";
  public static final String TASK_APPLY_VARIATION = "Task_ApplyVariation";
  public static final String END_VARIATION_APPLIED = "EndEvent_VariationApplied";
  public static final String END_VARIATION_DECLINED = "EndEvent_VariationDeclined";

  // Closure
  public static final String TASK_SUBMIT_FINAL_RETURN = "Task_SubmitFinalReturn";
  public static final String TASK_CLOSE_ALLOCATION = "Task_CloseAllocation";
  public static final String END_ALLOCATION_CLOSED = "EndEvent_AllocationClosed";

  // Messages
  public static final String MESSAGE_VARIATION_REQUESTED = "Message_VariationRequested";

  /** Message name to correlate (by business key) while the allocation is in delivery. */
  public static final String MSG_VARIATION_REQUESTED = "Msg_VariationRequested";

  // Variables: ids and primitives only
  /** Long: the funding round; passed on start. */
  public static final String VAR_ROUND_ID = "roundId";

  /** Long: the PCC office receiving the allocation; passed on start. */
  public static final String VAR_ORGANISATION_ID = "organisationId";

  /** Long: the allocation's surrogate id; passed on start, every delegate reads it. */
  public static final String VAR_ALLOCATION_ID = "allocationId";

  /** Boolean: set on completing Task_ReviewSpendingPlan. */
  public static final String VAR_PLAN_APPROVED = "planApproved";

  /**
   * String, ISO-8601 instant: end of the next reporting period; set by {@link
   * #BEAN_SCHEDULE_NEXT_RETURN} when {@link #VAR_MORE_PERIODS} is true.
   */
  public static final String VAR_NEXT_PERIOD_END = "nextPeriodEnd";

  /** Boolean: set by {@link #BEAN_SCHEDULE_NEXT_RETURN}; false when delivery is over. */
  public static final String VAR_MORE_PERIODS = "morePeriods";

  /** Boolean: set on completing Task_VerifyReturn. */
  public static final String VAR_RETURN_VERIFIED = "returnVerified";

  /**
   * Long: the requested variation; pass it with {@code setVariableToTriggeredScope} on correlation
   * so that each variation keeps its own id when several run at once.
   */
  public static final String VAR_VARIATION_ID = "variationId";

  /** Boolean: set on completing Task_DecideVariation. */
  public static final String VAR_VARIATION_APPROVED = "variationApproved";

  // Delegate bean names (camunda:delegateExpression="${…}")
  /** Reads bidId (the office's spending plan); sets allocationId. */
  public static final String BEAN_COMPUTE_ALLOCATION = "victimsComputeAllocationDelegate";

  /** Reads allocationId; one multi-year agreement with a profile per financial year. */
  public static final String BEAN_ISSUE_GRANT_AGREEMENT = "victimsIssueGrantAgreementDelegate";

  /** Reads allocationId; sets morePeriods and nextPeriodEnd. */
  public static final String BEAN_SCHEDULE_NEXT_RETURN = "victimsScheduleNextReturnDelegate";

  /** Reads allocationId. */
  public static final String BEAN_PAY_CLAIM = "victimsPayClaimDelegate";

  /** Reads allocationId and variationId. */
  public static final String BEAN_APPLY_VARIATION = "victimsApplyVariationDelegate";

  /** Reads allocationId; claws back the underspend. */
  public static final String BEAN_CLOSE_ALLOCATION = "victimsCloseAllocationDelegate";

  private VictimsFundingIds() {}
}
