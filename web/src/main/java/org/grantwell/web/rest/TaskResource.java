package org.grantwell.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.shared.Page;
import org.grantwell.workflow.task.TaskInboxService;
import org.grantwell.workflow.task.TaskView;

/** The caller's workflow tasks: list, claim, unclaim, complete (409 when someone else got there first). */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER,
  CandidateGroups.PCC_SIGNOFF, CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE,
  CandidateGroups.ASSESSOR, CandidateGroups.PANEL, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN
})
public class TaskResource {

  @Inject private TaskInboxService inbox;
  @Inject private CurrentCaller caller;

  /**
   * A page of the caller's tasks, soonest due first; each filter keeps the tasks whose field
   * contains its text (any case).
   */
  @GET
  public Page<TaskView> list(
      @QueryParam("taskKey") String taskKey,
      @QueryParam("bid") String bidReference,
      @QueryParam("round") String roundReference,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Map<String, String> filters = new java.util.HashMap<>();
    putIfGiven(filters, "taskKey", taskKey);
    putIfGiven(filters, "bidReference", bidReference);
    putIfGiven(filters, "roundReference", roundReference);
    return inbox.search(caller.require(), filters, page, size);
  }

  private static void putIfGiven(Map<String, String> filters, String field, String text) {
    if (text != null && !text.isBlank()) {
      filters.put(field, text);
    }
  }

  @POST
  @Path("{id}/claim")
  @Consumes(MediaType.WILDCARD)
  public TaskView claim(@PathParam("id") String id) {
    return inbox.claim(caller.require(), id);
  }

  @POST
  @Path("{id}/unclaim")
  @Consumes(MediaType.WILDCARD)
  public TaskView unclaim(@PathParam("id") String id) {
    return inbox.unclaim(caller.require(), id);
  }

  @POST
  @Path("{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complete(@PathParam("id") String id, Map<String, Object> form) {
    inbox.complete(caller.require(), id, form == null ? Map.of() : form);
    return Response.noContent().build();
  }
}
