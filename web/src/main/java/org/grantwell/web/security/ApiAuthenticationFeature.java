package org.grantwell.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Makes an anonymous call to a {@code @RolesAllowed} resource method answer 401 with the Basic
 * challenge, before any role check runs.
 *
 * <p>The mechanism lets anonymous API requests through ({@code doNothing()}) so that public
 * endpoints work. Payara's own {@code @RolesAllowed} filter (priority AUTHORIZATION) would then
 * re-trigger authentication and throw a bare 401 or a 403; this filter runs first (priority
 * AUTHENTICATION) and answers {@link ApiProblems#unauthorized}. Authenticated callers go on to the
 * role check, whose {@code ForbiddenException} {@link ForbiddenExceptionMapper} turns into 403.
 *
 * <p>Annotation precedence follows Jersey's {@code RolesAllowedDynamicFeature}: on the method
 * {@code @DenyAll}, {@code @RolesAllowed}, {@code @PermitAll}, then the same on the class.
 */
@Provider
public class ApiAuthenticationFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    if (requiresCaller(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod())) {
      context.register(new RequireCallerFilter(), Priorities.AUTHENTICATION);
    }
  }

  /** True when only an authenticated caller can pass the method's role check. */
  static boolean requiresCaller(Class<?> resourceClass, Method method) {
    if (method != null) {
      if (method.isAnnotationPresent(DenyAll.class)) {
        return false; // the server's DenyAll filter refuses everyone (403; 401 if anonymous)
      }
      if (method.isAnnotationPresent(RolesAllowed.class)) {
        return true;
      }
      if (method.isAnnotationPresent(PermitAll.class)) {
        return false;
      }
    }
    return resourceClass != null
        && !resourceClass.isAnnotationPresent(DenyAll.class)
        && resourceClass.isAnnotationPresent(RolesAllowed.class);
  }

  /** Aborts anonymous requests with 401 and the Basic challenge. */
  @Priority(Priorities.AUTHENTICATION)
  static final class RequireCallerFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext requestContext) {
      SecurityContext security = requestContext.getSecurityContext();
      if (security == null || security.getUserPrincipal() == null) {
        requestContext.abortWith(ApiProblems.unauthorized(ApiProblems.SIGN_IN));
      }
    }
  }
}
