package org.grantwell.workflow.model;

import java.util.List;

/** Candidate groups of user tasks; identical to the security roles of the same name. */
public final class CandidateGroups {

  public static final String PCC_BIDDER = "pcc-bidder";
  public static final String PARTNER_BIDDER = "partner-bidder";
  public static final String PROVIDER_BIDDER = "provider-bidder";
  public static final String PCC_SIGNOFF = "pcc-signoff";
  public static final String FINANCE_LEAD = "finance-lead";
  public static final String NATIONAL_FINANCE = "national-finance";
  public static final String ASSESSOR = "assessor";
  public static final String PANEL = "panel";
  public static final String GRANT_OFFICER = "grant-officer";
  public static final String ADMIN = "admin";

  public static final List<String> ALL =
      List.of(
          PCC_BIDDER,
          PARTNER_BIDDER,
          PROVIDER_BIDDER,
          PCC_SIGNOFF,
          FINANCE_LEAD,
          NATIONAL_FINANCE,
          ASSESSOR,
          PANEL,
          GRANT_OFFICER,
          ADMIN);

  private CandidateGroups() {}
}
