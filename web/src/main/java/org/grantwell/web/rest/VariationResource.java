package org.grantwell.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.variation.VariationRequest;
import org.grantwell.workflow.variation.VariationService;
import org.grantwell.workflow.variation.VariationView;

/** Variations of awards in delivery: ask for one (201), list a bid's. */
@Path("variations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VariationResource {

  @Inject private VariationService variations;
  @Inject private CurrentCaller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER})
  public Response request(VariationRequest request) {
    return Response.status(Response.Status.CREATED).entity(variations.request(caller.require(), request)).build();
  }

  @GET
  @RolesAllowed({
    CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER,
    CandidateGroups.PCC_SIGNOFF, CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE,
    CandidateGroups.GRANT_OFFICER, CandidateGroups.PANEL, CandidateGroups.ADMIN
  })
  public List<VariationView> forBid(@QueryParam("bidId") long bidId) {
    return variations.forBid(caller.require(), bidId);
  }
}
