package org.grantwell.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.grantwell.workflow.round.RoundService;
import org.grantwell.workflow.round.RoundView;

/** Funding rounds: public information, as funders publish them. */
@Path("rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

  @Inject private RoundService rounds;

  @GET
  public List<RoundView> list() {
    return rounds.allRounds();
  }

  @GET
  @Path("{reference}")
  public RoundView byReference(@PathParam("reference") String reference) {
    return rounds
        .findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No round " + reference));
  }
}
