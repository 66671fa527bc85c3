package org.grantwell.workflow.lifecycle;

import org.grantwell.workflow.model.SaferStreetsIds;

/**
 * Variables the code shared by the three lifecycle processes reads and writes. The three models use
 * the same names (their {@code *Ids} classes declare them too); these are the Safer Streets ones,
 * not a second copy of the strings.
 */
public final class LifecycleVariables {

  public static final String BID_ID = SaferStreetsIds.VAR_BID_ID;
  public static final String ROUND_CLOSES_AT = SaferStreetsIds.VAR_ROUND_CLOSES_AT;
  public static final String ELIGIBLE = SaferStreetsIds.VAR_ELIGIBLE;
  public static final String ASSESSORS = SaferStreetsIds.VAR_ASSESSORS;
  public static final String ASSESSOR = SaferStreetsIds.VAR_ASSESSOR;
  public static final String MODERATION_NEEDED = SaferStreetsIds.VAR_MODERATION_NEEDED;
  public static final String FUNDING_DECISION = SaferStreetsIds.VAR_FUNDING_DECISION;
  public static final String RETURN_VERIFIED = SaferStreetsIds.VAR_RETURN_VERIFIED;
  public static final String VARIATION_ID = SaferStreetsIds.VAR_VARIATION_ID;
  public static final String VARIATION_APPROVED = SaferStreetsIds.VAR_VARIATION_APPROVED;

  private LifecycleVariables() {}
}
