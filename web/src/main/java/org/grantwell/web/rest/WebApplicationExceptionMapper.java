package org.grantwell.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (404 for an unknown path, 405, 415, unreadable bodies) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    return UnexpectedExceptions.toResponse(exception.getCause() instanceof jakarta.json.bind.JsonbException ? exception.getCause() : exception);
  }
}
