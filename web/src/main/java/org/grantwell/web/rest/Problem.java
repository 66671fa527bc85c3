package org.grantwell.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.grantwell.workflow.shared.FieldError;

/** An error as the API answers it (RFC 9457 problem details), never with a stack trace. */
public record Problem(int status, String title, String detail, List<FieldError> errors) implements java.io.Serializable {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Response response(Response.Status status, String detail) {
    return response(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
  }

  public static Response response(int status, String title, String detail, List<FieldError> errors) {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(new Problem(status, title, detail, errors))
        .build();
  }
}
