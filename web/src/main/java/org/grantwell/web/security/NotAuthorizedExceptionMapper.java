package org.grantwell.web.security;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every 401 of the API carries the Basic challenge and a problem+json body, whoever threw it: a
 * resource, {@link CurrentCaller#require()}, or the server's own {@code @RolesAllowed} filter.
 */
@Provider
public class NotAuthorizedExceptionMapper implements ExceptionMapper<NotAuthorizedException> {

  @Override
  public Response toResponse(NotAuthorizedException exception) {
    return ApiProblems.unauthorized(ApiProblems.SIGN_IN);
  }
}
