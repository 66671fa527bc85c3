package org.grantwell.workflow.model;

/**
 * The ids of the Safer Streets bid process ({@code processes/saferStreetsBid.bpmn}): activities,
 * events, the message, the variables it reads and writes with their allowed values, and the bean
 * names its delegate expressions resolve. Keep in step with the model; {@code
 * LifecycleModelTest} checks that every id here is in the file and vice versa.
 */
public final class SaferStreetsIds {

  /** Process key; business key = the bid reference. */
  public static final String PROCESS_KEY = "saferStreetsBid";

  // Preparation (embedded sub-process, interrupted when the round's window closes)
  public static final String START_BID_STARTED = "StartEvent_BidStarted";
  public static final String SUB_PREPARE_BID = "Sub_PrepareBid";
  public static final String START_PREPARATION_STARTED = "StartEvent_PreparationStarted";
  public static final String TASK_DRAFT_BID = "Task_DraftBid";
  public static final String TASK_SIGN_OFF_BID = "Task_SignOffBid";
  public static final String GATEWAY_SIGNED_OFF = "Gateway_SignedOff";
  public static final String TASK_SUBMIT_BID = "Task_SubmitBid";
  public static final String END_BID_SUBMITTED = "EndEvent_BidSubmitted";
  public static final String BOUNDARY_WINDOW_CLOSED = "BoundaryEvent_WindowClosedBeforeSubmission";
  public static final String TASK_MARK_BID_LATE = "Task_MarkBidLate";
  public static final String END_BID_LATE = "EndEvent_BidLate";

  // Eligibility, assessment and the funding decision
  public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
  public static final String GATEWAY_BID_ELIGIBLE = "Gateway_BidEligible";
  public static final String END_BID_INELIGIBLE = "EndEvent_BidIneligible";
  public static final String TASK_ASSESS_BID = "Task_AssessBid";
  public static final String TASK_COMPUTE_SCORES = "Task_ComputeScores";
  public static final String GATEWAY_MODERATION_NEEDED = "Gateway_ModerationNeeded";
  public static final String TASK_MODERATE_SCORES = "Task_ModerateScores";
  public static final String TASK_DECIDE_FUNDING = "Task_DecideFunding";
  public static final String GATEWAY_FUNDING_DECISION = "Gateway_FundingDecision";
  public static final String END_BID_DECLINED = "EndEvent_BidDeclined";

  // Award and offer
  public static final String TASK_COMMIT_AWARD = "Task_CommitAward";
  public static final String TASK_ACCEPT_OFFER = "Task_AcceptOffer";
  public static final String BOUNDARY_OFFER_REMINDER = "BoundaryEvent_OfferReminder";
  public static final String TASK_SEND_OFFER_REMINDER = "Task_SendOfferReminder";
  public static final String END_OFFER_REMINDER_SENT = "EndEvent_OfferReminderSent";
  public static final String BOUNDARY_OFFER_LAPSED = "BoundaryEvent_OfferLapsed";
  public static final String TASK_RELEASE_AWARD = "Task_ReleaseAward";
  public static final String END_OFFER_LAPSED = "EndEvent_OfferLapsed";

  // Delivery (embedded sub-process: quarterly returns and claims)
  public static final String SUB_DELIVERY = "Sub_Delivery";
  public static final String START_DELIVERY_STARTED = "StartEvent_DeliveryStarted";
  public static final String TASK_SCHEDULE_NEXT_RETURN = "Task_ScheduleNextReturn";
  public static final String GATEWAY_MORE_QUARTERS = "Gateway_MoreQuarters";
  public static final String TIMER_QUARTER_END = "TimerEvent_QuarterEnd";
  public static final String TASK_SUBMIT_MONITORING_RETURN = "Task_SubmitMonitoringReturn";
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
  public static final String TASK_CLOSE_AWARD = "Task_CloseAward";
  public static final String END_AWARD_CLOSED = "EndEvent_AwardClosed";

  // Messages
  public static final String MESSAGE_VARIATION_REQUESTED = "Message_VariationRequested";

  /** Message name to correlate (by business key) while the award is in delivery. */
  public static final String MSG_VARIATION_REQUESTED = "Msg_VariationRequested";

  // Variables: ids and primitives only
  /** Long: the bid's surrogate id; every delegate reads it. */
  public static final String VAR_BID_ID = "bidId";

  /** String, ISO-8601 instant: the round's closing time, read by the preparation timer. */
  public static final String VAR_ROUND_CLOSES_AT = "roundClosesAt";

  /**
   * String: {@link #SIGN_OFF_APPROVED} or {@link #SIGN_OFF_RETURNED}; set on completing sign-off.
   */
  public static final String VAR_SIGN_OFF_DECISION = "signOffDecision";

  /** Boolean: set by {@link #BEAN_CHECK_ELIGIBILITY}. */
  public static final String VAR_ELIGIBLE = "eligible";

  /** java.util.List of usernames: one assessment task each, needed before Task_AssessBid. */
  public static final String VAR_ASSESSORS = "assessors";

  /** String: the multi-instance element variable (one assessor's username), local to each task. */
  public static final String VAR_ASSESSOR = "assessor";

  /** Boolean: set by {@link #BEAN_COMPUTE_SCORES}. */
  public static final String VAR_MODERATION_NEEDED = "moderationNeeded";

  /** String: {@link #FUNDING_FUND}, {@link #FUNDING_PART_FUND} or {@link #FUNDING_DECLINE}. */
  public static final String VAR_FUNDING_DECISION = "fundingDecision";

  /**
   * String, ISO-8601 instant: end of the next quarter; set by {@link #BEAN_SCHEDULE_NEXT_RETURN}.
   */
  public static final String VAR_NEXT_QUARTER_END = "nextQuarterEnd";

  /** Boolean: set by {@link #BEAN_SCHEDULE_NEXT_RETURN}; false when delivery is over. */
  public static final String VAR_MORE_QUARTERS = "moreQuarters";

  /** Boolean: set on completing Task_VerifyReturn. */
  public static final String VAR_RETURN_VERIFIED = "returnVerified";

  /**
   * Long: the requested variation; pass it with {@code setVariableToTriggeredScope} on correlation
   * so that each variation keeps its own id when several run at once.
   */
  public static final String VAR_VARIATION_ID = "variationId";

  /** Boolean: set on completing Task_DecideVariation. */
  public static final String VAR_VARIATION_APPROVED = "variationApproved";

  // Values of the string outcome variables
  public static final String SIGN_OFF_APPROVED = "APPROVED";
  public static final String SIGN_OFF_RETURNED = "RETURNED";
  public static final String FUNDING_FUND = "FUND";
  public static final String FUNDING_PART_FUND = "PART_FUND";
  public static final String FUNDING_DECLINE = "DECLINE";

  // Delegate bean names (camunda:delegateExpression="${…}")
  public static final String BEAN_MARK_BID_LATE = "ssfMarkBidLateDelegate";
  public static final String BEAN_CHECK_ELIGIBILITY = "ssfCheckEligibilityDelegate";
  public static final String BEAN_COMPUTE_SCORES = "ssfComputeScoresDelegate";
  public static final String BEAN_COMMIT_AWARD = "ssfCommitAwardDelegate";
  public static final String BEAN_SEND_OFFER_REMINDER = "ssfSendOfferReminderDelegate";
  public static final String BEAN_RELEASE_AWARD = "ssfReleaseAwardDelegate";
  public static final String BEAN_SCHEDULE_NEXT_RETURN = "ssfScheduleNextReturnDelegate";
  public static final String BEAN_PAY_CLAIM = "ssfPayClaimDelegate";
  public static final String BEAN_APPLY_VARIATION = "ssfApplyVariationDelegate";
  public static final String BEAN_CLOSE_AWARD = "ssfCloseAwardDelegate";

  private SaferStreetsIds() {}
}
