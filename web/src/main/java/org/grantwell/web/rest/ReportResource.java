package org.grantwell.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.report.Action1Report;
import org.grantwell.workflow.report.Action1Service;
import org.grantwell.workflow.shared.InvalidInputException;

/** The Action 1 report of the APCC VAWG Action Plan, over the rounds the caller may see. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN})
public class ReportResource {

  @Inject private Action1Service reports;
  @Inject private CurrentCaller caller;

  /** {@code ?programme=SSF} to narrow it, {@code ?asOf=2026-11-29} for the cliff-edge date (today by default). */
  @GET
  @Path("action1")
  public Action1Report action1(@QueryParam("programme") String programme, @QueryParam("asOf") String asOf) {
    LocalDate date;
    try {
      date = asOf == null || asOf.isBlank() ? LocalDate.now(FinancialYear.LONDON) : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("INVALID_VALUE", "asOf", "Give the date as YYYY-MM-DD, not '" + asOf + "'");
    }
    return reports.report(caller.require(), programme, date);
  }
}
