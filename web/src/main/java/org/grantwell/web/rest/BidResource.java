package org.grantwell.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.bid.BidDraft;
import org.grantwell.workflow.bid.BidService;
import org.grantwell.workflow.bid.BidSummary;
import org.grantwell.workflow.bid.BidView;
import org.grantwell.workflow.bid.RuleViolation;
import org.grantwell.workflow.bid.TeamMemberView;
import org.grantwell.workflow.history.BidHistoryService;
import org.grantwell.workflow.history.DiagramView;
import org.grantwell.workflow.history.HistoryStep;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.Page;

/** Bids: draft, save, read, search and check. Another organisation's bid answers 404. */
@Path("bids")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
  CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER,
  CandidateGroups.PCC_SIGNOFF, CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE,
  CandidateGroups.ASSESSOR, CandidateGroups.PANEL, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN
})
public class BidResource {

  @Inject private BidService bids;
  @Inject private BidHistoryService histories;
  @Inject private CurrentCaller caller;
  @Context private UriInfo uriInfo;

  @GET
  public Page<BidSummary> search(
      @QueryParam("round") String round,
      @QueryParam("organisation") Long organisation,
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return bids.search(caller.require(), round, organisation, status, page, size);
  }

  @POST
  @RolesAllowed({CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER})
  public Response create(BidDraft draft) {
    BidView created = bids.create(caller.require(), requireBody(draft));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public BidView get(@PathParam("id") long id) {
    return bids.get(caller.require(), id);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER})
  public BidView save(@PathParam("id") long id, BidDraft draft) {
    return bids.save(caller.require(), id, requireBody(draft));
  }

  /** Sends the draft for sign-off; {@code ?version=} names the version the caller checked. */
  @POST
  @Path("{id}/submit-for-sign-off")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER})
  public BidView submitForSignOff(@PathParam("id") long id, @QueryParam("version") Long version) {
    return bids.submitForSignOff(caller.require(), id, version);
  }

  @GET
  @Path("{id}/team")
  public List<TeamMemberView> team(@PathParam("id") long id) {
    return bids.team(caller.require(), id);
  }

  @PUT
  @Path("{id}/team")
  @RolesAllowed({CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER})
  public List<TeamMemberView> changeTeam(@PathParam("id") long id, List<TeamMemberView> members) {
    return bids.changeTeam(caller.require(), id, members);
  }

  @GET
  @Path("{id}/checks")
  public List<RuleViolation> checks(@PathParam("id") long id) {
    return bids.checks(caller.require(), id);
  }

  /** The bid's process steps and audit entries in one timeline, oldest first. */
  @GET
  @Path("{id}/history")
  public List<HistoryStep> history(@PathParam("id") long id) {
    return histories.history(caller.require(), id);
  }

  /** The bid's newest process instance: its BPMN model and the active and completed activities. */
  @GET
  @Path("{id}/diagram")
  public DiagramView diagram(@PathParam("id") long id) {
    return histories.diagram(caller.require(), id);
  }

  private static BidDraft requireBody(BidDraft draft) {
    if (draft == null) {
      throw new InvalidInputException("FIELD_REQUIRED", "body", "Send the bid as a JSON object");
    }
    return draft;
  }
}
