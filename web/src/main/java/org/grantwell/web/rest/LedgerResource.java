package org.grantwell.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.ledger.LedgerOverviewService;
import org.grantwell.workflow.ledger.RoundLedgerView;
import org.grantwell.workflow.model.CandidateGroups;

/** The allocation ledger for finance leads: each round's balances checked against its entries. */
@Path("ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN})
public class LedgerResource {

  @Inject private LedgerOverviewService overview;
  @Inject private CurrentCaller caller;

  @GET
  @Path("reconciliation")
  public List<RoundLedgerView> reconciliation() {
    return overview.reconciliation(caller.require());
  }
}
