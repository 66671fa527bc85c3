package org.grantwell.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.organisation.ProfileInput;
import org.grantwell.workflow.organisation.ProfileService;
import org.grantwell.workflow.organisation.ProfileView;
import org.grantwell.workflow.shared.InvalidInputException;

/**
 * An organisation's profile: its members read it (national finance and admins read any), its
 * bidders and finance leads replace it. Another organisation's profile answers 404; a stale version
 * 409; invalid fields 422. The bank account number is only ever shown masked.
 */
@Path("organisations/{id}/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
  CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER,
  CandidateGroups.PCC_SIGNOFF, CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE,
  CandidateGroups.ASSESSOR, CandidateGroups.PANEL, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN
})
public class OrganisationProfileResource {

  @Inject private ProfileService profiles;
  @Inject private CurrentCaller caller;

  @GET
  public ProfileView get(@PathParam("id") long id) {
    return profiles.get(caller.require(), id);
  }

  @PUT
  @RolesAllowed({
    CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER, CandidateGroups.FINANCE_LEAD
  })
  public ProfileView save(@PathParam("id") long id, ProfileInput input) {
    if (input == null) {
      throw new InvalidInputException("FIELD_REQUIRED", "body", "Send the profile as a JSON object");
    }
    return profiles.save(caller.require(), id, input);
  }
}
