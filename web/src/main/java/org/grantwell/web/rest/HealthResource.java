package org.grantwell.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.grantwell.workflow.health.HealthReport;
import org.grantwell.workflow.health.HealthService;

/** {@code GET /api/health}: 200 when the database and the engine are up, 503 otherwise. */
@Path("health")
@RequestScoped
public class HealthResource {

  @Inject private HealthService health;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    HealthReport report = health.check();
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(report)
        .cacheControl(noStore)
        .build();
  }
}
