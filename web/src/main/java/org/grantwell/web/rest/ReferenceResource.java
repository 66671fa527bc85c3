package org.grantwell.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.reference.ReferenceDataService;
import org.grantwell.workflow.reference.ReferenceDataService.ForceAreaView;
import org.grantwell.workflow.reference.ReferenceDataService.OrganisationView;
import org.grantwell.workflow.reference.ReferenceDataService.ProgrammeView;

/** Reference data: force areas and programmes are public; organisations need a login. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

  @Inject private ReferenceDataService reference;

  @GET
  @Path("force-areas")
  @PermitAll
  public List<ForceAreaView> forceAreas() {
    return reference.forceAreas();
  }

  @GET
  @Path("programmes")
  @PermitAll
  public List<ProgrammeView> programmes() {
    return reference.programmes();
  }

  @GET
  @Path("organisations")
  @RolesAllowed({
    CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER,
    CandidateGroups.PCC_SIGNOFF, CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE,
    CandidateGroups.ASSESSOR, CandidateGroups.PANEL, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN
  })
  public List<OrganisationView> organisations() {
    return reference.organisations();
  }
}
