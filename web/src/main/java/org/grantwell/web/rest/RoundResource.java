package org.grantwell.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.round.RoundInput;
import org.grantwell.workflow.shared.InvalidInputException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.grantwell.workflow.round.RoundService;
import org.grantwell.workflow.round.RoundView;

/** Funding rounds: public information as funders publish it; funders' officers configure them. */
@Path("rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

  @Inject private RoundService rounds;
  @Inject private CurrentCaller caller;
  @Context private UriInfo uriInfo;

  @GET
  @PermitAll
  public List<RoundView> list() {
    return rounds.allRounds();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({CandidateGroups.GRANT_OFFICER, CandidateGroups.FINANCE_LEAD, CandidateGroups.ADMIN})
  public Response configure(RoundInput input) {
    if (input == null) {
      throw new InvalidInputException("FIELD_REQUIRED", "body", "Send the round as a JSON object");
    }
    RoundView round = rounds.configure(caller.require(), input);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(round.reference()).build()).entity(round).build();
  }

  @PUT
  @Path("{reference}/pot")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({CandidateGroups.GRANT_OFFICER, CandidateGroups.FINANCE_LEAD, CandidateGroups.ADMIN})
  public RoundView changePot(@PathParam("reference") String reference, RoundInput.Amount amount) {
    return rounds.changePot(caller.require(), reference, amount);
  }

  @PUT
  @Path("{reference}/envelopes/{area}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({CandidateGroups.GRANT_OFFICER, CandidateGroups.FINANCE_LEAD, CandidateGroups.ADMIN})
  public RoundView setEnvelope(
      @PathParam("reference") String reference, @PathParam("area") String area, RoundInput.Amount amount) {
    return rounds.setEnvelope(caller.require(), reference, area, amount);
  }

  @GET
  @Path("{reference}")
  @PermitAll
  public RoundView byReference(@PathParam("reference") String reference) {
    return rounds
        .findByReference(reference)
        .orElseThrow(() -> new org.grantwell.workflow.shared.NotFoundException("There is no round " + reference));
  }
}
