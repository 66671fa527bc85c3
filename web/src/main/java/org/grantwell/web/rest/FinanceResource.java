package org.grantwell.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.finance.MatchFundingReport;
import org.grantwell.workflow.finance.MatchFundingService;
import org.grantwell.workflow.finance.MatchStatusInput;
import org.grantwell.workflow.finance.SpendingReport;
import org.grantwell.workflow.finance.SpendingWindowService;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.shared.InputChecks;
import org.grantwell.workflow.shared.InvalidInputException;

/**
 * Finance for finance leads and grant officers: match funding by bid (and its firming-up after the
 * award, which the bid's lead organisation may also record) and the awards' spending windows.
 * Scoped by caller; another organisation's bid answers 404.
 */
@Path("finance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN})
public class FinanceResource {

  @Inject private MatchFundingService matchFunding;
  @Inject private SpendingWindowService spending;
  @Inject private CurrentCaller caller;

  /** {@code ?round=REF&programme=CODE&pledgedDays=90}, each optional. */
  @GET
  @Path("match-funding")
  @RolesAllowed({CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE, CandidateGroups.GRANT_OFFICER,
      CandidateGroups.ADMIN, CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER})
  public MatchFundingReport matchFunding(
      @QueryParam("round") String round,
      @QueryParam("programme") String programme,
      @QueryParam("pledgedDays") String pledgedDays) {
    return matchFunding.report(caller.require(), round, programme, days(pledgedDays));
  }

  @GET
  @Path("match-funding/{bidReference}")
  @RolesAllowed({CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE, CandidateGroups.GRANT_OFFICER,
      CandidateGroups.ADMIN, CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER})
  public MatchFundingReport.Bid matchFundingOfBid(
      @PathParam("bidReference") String bidReference, @QueryParam("pledgedDays") String pledgedDays) {
    return matchFunding.bid(caller.require(), bidReference, days(pledgedDays));
  }

  /** Body {@code {"status": "CONFIRMED", "evidence": "..."}}; answers the bid's updated view. */
  @POST
  @Path("match-funding/{bidReference}/{position}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE, CandidateGroups.GRANT_OFFICER,
      CandidateGroups.ADMIN, CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER})
  public MatchFundingReport.Bid recordStatus(
      @PathParam("bidReference") String bidReference, @PathParam("position") String position, MatchStatusInput body) {
    if (body == null) {
      throw new InvalidInputException(InputChecks.REQUIRED, "body", "Send the new status and its evidence");
    }
    return matchFunding.record(caller.require(), bidReference, position(position), body);
  }

  /** {@code ?asOf=YYYY-MM-DD&atRisk=true}, each optional (today, every award). */
  @GET
  @Path("spending-windows")
  public SpendingReport spendingWindows(@QueryParam("asOf") String asOf, @QueryParam("atRisk") String atRisk) {
    return spending.report(caller.require(), date(asOf), "true".equalsIgnoreCase(atRisk == null ? "" : atRisk.strip()));
  }

  private static Integer days(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(InputChecks.INVALID, "pledgedDays", "pledgedDays is a whole number of days, not " + value);
    }
  }

  private static int position(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(InputChecks.INVALID, "position", "A contribution's position is a number, not " + value);
    }
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(InputChecks.INVALID, "asOf", "Write the date as YYYY-MM-DD, not " + value);
    }
  }
}
