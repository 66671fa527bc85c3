package org.grantwell.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.security.CallerService;

/**
 * The {@link Caller} of the current request, for resources and views: the caller and groups the
 * authentication mechanism established for this request ({@link SignedInCaller}), else the
 * principal and roles of the Jakarta Security context; completed by {@link CallerService} once per
 * request.
 */
@RequestScoped
public class CurrentCaller {

  @Inject private SecurityContext securityContext;
  @Inject private CallerService callers;
  @Inject private HttpServletRequest request;

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
    SignedInCaller signedIn = SignedInCaller.ofRequest(request);
    if (signedIn != null) {
      // the caller and groups the authentication mechanism gave the container for this request
      Set<String> roles = CandidateGroups.ALL.stream().filter(signedIn.groups()::contains)
          .collect(Collectors.toUnmodifiableSet());
      return Optional.of(callers.forUsername(signedIn.name(), roles));
    }
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
