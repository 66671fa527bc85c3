package org.grantwell.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.audit.AuditVerification;
import org.grantwell.workflow.audit.AuditVerificationService;
import org.grantwell.workflow.model.CandidateGroups;

/** The audit record's tamper check: {@code GET /api/audit/verify} names the first broken link. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CandidateGroups.NATIONAL_FINANCE, CandidateGroups.ADMIN})
public class AuditResource {

  @Inject private AuditVerificationService verification;
  @Inject private CurrentCaller caller;

  @GET
  @Path("verify")
  public AuditVerification verify() {
    return verification.verify(caller.require());
  }
}
