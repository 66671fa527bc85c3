package org.grantwell.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.finance.BalanceView;
import org.grantwell.workflow.finance.LedgerBalanceService;
import org.grantwell.workflow.ledger.LedgerOverviewService;
import org.grantwell.workflow.ledger.RoundLedgerView;
import org.grantwell.workflow.model.CandidateGroups;

/**
 * The allocation ledger for finance leads: each round's balances checked against its entries, and
 * the balances summed from the entries by round, programme, funder, organisation, area or year.
 */
@Path("ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN})
public class LedgerResource {

  @Inject private LedgerOverviewService overview;
  @Inject private LedgerBalanceService balances;
  @Inject private CurrentCaller caller;

  @GET
  @Path("reconciliation")
  public List<RoundLedgerView> reconciliation() {
    return overview.reconciliation(caller.require());
  }

  /** {@code ?by=round|programme|funder|organisation|area|year} (round when absent). */
  @GET
  @Path("balances")
  public List<BalanceView> balances(@QueryParam("by") String by) {
    return balances.balances(caller.require(), by == null || by.isBlank() ? "round" : by);
  }
}
