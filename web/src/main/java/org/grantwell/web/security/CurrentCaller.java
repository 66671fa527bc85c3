package org.grantwell.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.security.CallerService;

/**
 * The {@link Caller} of the current request, for resources and views: the authenticated principal
 * and its roles from the Jakarta Security context, completed by {@link CallerService} once per
 * request.
 */
@RequestScoped
public class CurrentCaller {

  @Inject private SecurityContext securityContext;
  @Inject private CallerService callers;

  private Optional<Caller> caller;

  /** The caller, or empty for an anonymous request. */
  public Optional<Caller> current() {
    if (caller == null) {
      caller = load();
    }
    return caller;
  }

  /**
   * The caller.
   *
   * @throws NotAuthorizedException with the Basic challenge when the request is anonymous
   */
  public Caller require() {
    return current()
        .orElseThrow(
            () -> new NotAuthorizedException(ApiProblems.SIGN_IN, ApiProblems.BASIC_CHALLENGE));
  }

  private Optional<Caller> load() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    Set<String> roles =
        CandidateGroups.ALL.stream()
            .filter(securityContext::isCallerInRole)
            .collect(Collectors.toUnmodifiableSet());
    return Optional.of(callers.forUsername(principal.getName(), roles));
  }
}
