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
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.web.report.Action1Query;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.report.Action1Report;
import org.grantwell.workflow.report.Action1Scope;
import org.grantwell.workflow.report.Action1Service;

/** The Action 1 report of the APCC VAWG Action Plan, over the rounds the caller may see. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN})
public class ReportResource {

  @Inject private Action1Service reports;
  @Inject private CurrentCaller caller;

  /**
   * {@code ?funder=12} (the funding organisation's id; national roles only, anyone else may name
   * only their own organisation and gets 404 for another), {@code ?programme=SSF}, {@code
   * ?from=2026-04-01&to=2027-03-31} for the rounds whose application window opened in that
   * period, {@code ?asOf=2026-11-29} for the cliff-edge date (today by default). See {@link
   * Action1Scope} for exactly what is in scope.
   */
  @GET
  @Path("action1")
  public Action1Report action1(
      @QueryParam("programme") String programme,
      @QueryParam("asOf") String asOf,
      @QueryParam("funder") String funder,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return reports.report(caller.require(), Action1Query.parse(funder, programme, from, to, asOf, LocalDate.now(FinancialYear.LONDON)));
  }
}
