package org.grantwell.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.bid.AttachmentDownload;
import org.grantwell.workflow.bid.AttachmentService;
import org.grantwell.workflow.bid.AttachmentView;
import org.grantwell.workflow.model.CandidateGroups;

/**
 * A bid's files. Upload the raw bytes as the body ({@code application/octet-stream}, or the file's
 * own PDF/DOCX/XLSX media type) with {@code ?name=} and {@code ?purpose=}; the server reads no
 * more than the round's limit and judges the type by the content. Downloads are always served as
 * attachments with {@code nosniff}. Another organisation's bid answers 404.
 */
@Path("bids/{bidId}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER,
  CandidateGroups.PCC_SIGNOFF, CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE,
  CandidateGroups.ASSESSOR, CandidateGroups.PANEL, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN
})
public class AttachmentResource {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final List<MediaType> FILE_TYPES =
      List.of(
          MediaType.APPLICATION_OCTET_STREAM_TYPE,
          MediaType.valueOf("application/pdf"),
          MediaType.valueOf(DOCX),
          MediaType.valueOf(XLSX));

  @Inject private AttachmentService attachments;
  @Inject private CurrentCaller caller;
  @Context private UriInfo uriInfo;
  @Context private HttpHeaders headers;

  @GET
  public List<AttachmentView> list(@PathParam("bidId") long bidId) {
    return attachments.list(caller.require(), bidId);
  }

  /**
   * Accepts any Content-Type so that the wrong one gets a problem that says what to send: only
   * {@code application/octet-stream} (also assumed when none is given) and the PDF, DOCX and XLSX
   * media types are read.
   */
  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER})
  public Response upload(
      @PathParam("bidId") long bidId,
      @QueryParam("name") String name,
      @QueryParam("purpose") String purpose,
      InputStream body) {
    requireFileBody(headers.getMediaType());
    AttachmentView added = attachments.add(caller.require(), bidId, name, purpose, headers.getLength(), body);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
        .entity(added)
        .build();
  }

  @GET
  @Path("{attachmentId}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("bidId") long bidId, @PathParam("attachmentId") long attachmentId) {
    AttachmentDownload file = attachments.download(caller.require(), bidId, attachmentId);
    return Response.ok(file.content(), file.contentType())
        .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .build();
  }

  @DELETE
  @Path("{attachmentId}")
  @RolesAllowed({CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER})
  public Response remove(@PathParam("bidId") long bidId, @PathParam("attachmentId") long attachmentId) {
    attachments.remove(caller.require(), bidId, attachmentId);
    return Response.noContent().build();
  }

  /** 415 for a form, JSON or anything else that is not a file's raw bytes. */
  static void requireFileBody(MediaType type) {
    if (type == null
        || FILE_TYPES.stream()
            .anyMatch(t -> t.getType().equalsIgnoreCase(type.getType()) && t.getSubtype().equalsIgnoreCase(type.getSubtype()))) {
      return;
    }
    throw new NotSupportedException(
        Problem.response(
            415,
            "Unsupported Media Type",
            "Send the file's bytes as the request body with Content-Type application/octet-stream"
                + " (not " + type.getType() + "/" + type.getSubtype() + ") and its name in ?name=",
            List.of()));
  }
}
