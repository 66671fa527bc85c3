package org.grantwell.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.web.export.ContentDisposition;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.export.Export;
import org.grantwell.workflow.export.ExportRequest;
import org.grantwell.workflow.export.ExportService;
import org.grantwell.workflow.export.InvalidExportRequestException;
import org.grantwell.workflow.export.Publication;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;

/**
 * Downloads of the records the caller may see: the 360Giving file ({@code ?format=json|csv}), the
 * ledger and the funded awards ({@code ?format=csv|xlsx}) and the Action 1 report ({@code
 * ?format=csv|xlsx|pdf}), each streamed as an attachment while it is read; and the publication of
 * the 360Giving file. The pages offer the same files under {@code /app/export/}.
 */
@Path("export")
@RequestScoped
@RolesAllowed({CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN})
public class ExportResource {

  @Inject private ExportService exports;
  @Inject private CurrentCaller caller;

  /** The body of a publication: optionally one programme. */
  public record PublicationRequest(String programme) implements java.io.Serializable {}

  @GET
  @Path("360giving")
  public Response threeSixtyGiving(@QueryParam("format") String format, @QueryParam("programme") String programme) {
    ExportRequest request = request(Export.THREE_SIXTY_GIVING, format, programme, null);
    Caller who = caller.require();
    if (!exports.hasGrants(who, request.programme())) {
      return Problem.response(Response.Status.NOT_FOUND,
          "There are no funded awards to publish in your scope" + (request.programme() == null ? "" : " for programme " + request.programme())
              + "; a 360Giving file needs at least one grant");
    }
    return download(who, request);
  }

  @POST
  @Path("360giving/publication")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Publication publish(PublicationRequest body) {
    String programme = body == null || body.programme() == null || body.programme().isBlank() ? null : body.programme().strip();
    return exports.publish(caller.require(), programme);
  }

  @GET
  @Path("ledger")
  public Response ledger(@QueryParam("format") String format) {
    return download(caller.require(), request(Export.LEDGER, format, null, null));
  }

  @GET
  @Path("awards")
  public Response awards(@QueryParam("format") String format, @QueryParam("programme") String programme) {
    return download(caller.require(), request(Export.AWARDS, format, programme, null));
  }

  @GET
  @Path("match-funding")
  public Response matchFunding(@QueryParam("format") String format, @QueryParam("programme") String programme) {
    return download(caller.require(), request(Export.MATCH_FUNDING, format, programme, null));
  }

  @GET
  @Path("spending-windows")
  public Response spendingWindows(@QueryParam("format") String format, @QueryParam("asOf") String asOf) {
    return download(caller.require(), request(Export.SPENDING_WINDOWS, format, null, asOf));
  }

  @GET
  @Path("action1")
  public Response action1(
      @QueryParam("format") String format, @QueryParam("programme") String programme, @QueryParam("asOf") String asOf,
      @QueryParam("funder") String funder, @QueryParam("from") String from, @QueryParam("to") String to) {
    return download(caller.require(), request(Export.ACTION1, format, programme, asOf, funder, from, to));
  }

  private static ExportRequest request(Export export, String format, String programme, String asOf) {
    return request(export, format, programme, asOf, null, null, null);
  }

  /** The request from its query parameters; one that cannot be read is 400 with the reason. */
  private static ExportRequest request(
      Export export, String format, String programme, String asOf, String funder, String from, String to) {
    try {
      return ExportRequest.parse(export, format, programme, asOf, funder, from, to);
    } catch (InvalidExportRequestException e) {
      throw new BadRequestException(Problem.response(Response.Status.BAD_REQUEST, e.getMessage()));
    }
  }

  /** The export streamed as it is written; the service's transaction spans the writing. */
  private Response download(Caller who, ExportRequest request) {
    exports.check(who, request);
    StreamingOutput body = out -> exports.write(who, request, out);
    return Response.ok(body, request.format().mediaType())
        .header("Content-Disposition", ContentDisposition.attachment(request.fileName(LocalDate.now(FinancialYear.LONDON))))
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
