package org.grantwell.workflow.lifecycle;

/**
 * Variables every lifecycle process shares under the same names (each process's {@code *Ids} class
 * lists them too; {@code LifecycleModelTest} keeps the names in step).
 */
public final class LifecycleVariables {

  /** Long: the bid (for victims' funding, the office's spending plan). */
  public static final String BID_ID = "bidId";
  /** String, ISO-8601 instant: the round's closing time. */
  public static final String ROUND_CLOSES_AT = "roundClosesAt";
  public static final String ELIGIBLE = "eligible";
  public static final String ASSESSORS = "assessors";
  public static final String ASSESSOR = "assessor";
  public static final String MODERATION_NEEDED = "moderationNeeded";
  public static final String FUNDING_DECISION = "fundingDecision";
  public static final String RETURN_VERIFIED = "returnVerified";
  public static final String VARIATION_ID = "variationId";
  public static final String VARIATION_APPROVED = "variationApproved";

  private LifecycleVariables() {}
}
