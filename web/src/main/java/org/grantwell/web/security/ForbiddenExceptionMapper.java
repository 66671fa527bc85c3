package org.grantwell.web.security;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@link ForbiddenException} becomes 403 problem+json for an authenticated caller, and 401 with
 * the Basic challenge for an anonymous one (who may yet have the role once they log in), so that
 * anonymous calls to protected resources never answer 403.
 */
@Provider
public class ForbiddenExceptionMapper implements ExceptionMapper<ForbiddenException> {

  /** What JAX-RS and the container's role check say when no one wrote a reason. */
  private static final java.util.Set<String> CONTAINER_MESSAGES =
      java.util.Set.of("HTTP 403 Forbidden", "Caller not in requested role", "User not authorized.");

  @Context private SecurityContext securityContext;

  @Override
  public Response toResponse(ForbiddenException exception) {
    if (securityContext == null || securityContext.getUserPrincipal() == null) {
      return ApiProblems.unauthorized(ApiProblems.SIGN_IN);
    }
    return ApiProblems.forbidden(detail(exception));
  }

  /** The thrower's message when it wrote one (a domain reason), else our sentence for a role refusal. */
  static String detail(ForbiddenException exception) {
    String message = exception.getMessage();
    return message == null || message.isBlank() || CONTAINER_MESSAGES.contains(message)
        ? ApiProblems.FORBIDDEN
        : message;
  }
}
