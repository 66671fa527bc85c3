package org.grantwell.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grantwell.web.security.BasicCredentials.Malformed;
import org.grantwell.web.security.BasicCredentials.Parsed;
import org.grantwell.web.security.BasicCredentials.Present;
import org.grantwell.web.security.VerificationCache.CachedCaller;

/**
 * The application's one authentication mechanism (Jakarta Security allows one per application),
 * with a rule per kind of path ({@link RequestPaths}):
 *
 * <ul>
 *   <li><b>{@code /api/**}: HTTP Basic only, stateless.</b> A Basic header is verified through the
 *       {@link IdentityStoreHandler}; bad or malformed credentials get 401 with {@code
 *       WWW-Authenticate: Basic realm="Grantwell"} and a problem+json body. Without a header the
 *       request goes on anonymously ({@code doNothing()}), so public endpoints work and {@code
 *       @RolesAllowed} ones answer 401 ({@link ApiAuthenticationFeature}). A session principal is
 *       ignored, so a session cookie alone never authenticates an API call (no CSRF through the
 *       API), and an API login never creates or joins a session.
 *   <li><b>Pages: form login with a session.</b> {@code SecurityContext.authenticate(request,
 *       response, withParams().credential(...))} from the login page verifies the credential and
 *       registers the caller in the HTTP session (a new session id, against fixation); later
 *       requests continue that session's caller. Anonymous requests for {@code /app/**} are sent to
 *       {@code /login.xhtml}; other pages stay public.
 * </ul>
 *
 * <p>Session continuation is done here rather than with {@code @AutoApplySession}, because that
 * interceptor continues the session caller before this class runs, on every path: it would let a
 * session cookie authenticate {@code /api} calls and would register a session for every Basic call.
 *
 * <p><b>Cache.</b> PBKDF2 at 100,000 iterations costs about 100 ms and API clients authenticate on
 * every call, so successful Basic verifications are kept in a {@link VerificationCache}: key the
 * username plus a keyed SHA-256 (HMAC) of the password, value the caller's groups, for 5 minutes,
 * at most 1,000 entries, failures never cached. A repeated Basic call then costs microseconds. The
 * price: a changed password or disabled account still works over the API for up to 5 minutes,
 * unless the code making that change calls {@link #forget(String)}. Page logins are not cached.
 */
@ApplicationScoped
public class GrantwellAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final Duration CACHE_TTL = Duration.ofMinutes(5);
  static final int CACHE_MAX_ENTRIES = 1_000;

  private static final Logger LOG =
      Logger.getLogger(GrantwellAuthenticationMechanism.class.getName());

  @Inject private IdentityStoreHandler identityStoreHandler;

  private final VerificationCache verifications;

  public GrantwellAuthenticationMechanism() {
    this.verifications = new VerificationCache(Clock.systemUTC(), CACHE_TTL, CACHE_MAX_ENTRIES);
  }

  GrantwellAuthenticationMechanism(
      IdentityStoreHandler identityStoreHandler, VerificationCache verifications) {
    this.identityStoreHandler = identityStoreHandler;
    this.verifications = verifications;
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return switch (RequestPaths.classify(request)) {
      case API -> validateApiRequest(request, response, context);
      case PROTECTED_PAGE -> validatePageRequest(request, response, context, true);
      case PUBLIC -> validatePageRequest(request, response, context, false);
    };
  }

  /** Drops the cached API verifications of a user, after a password change or disabling. */
  public void forget(String username) {
    verifications.forget(username);
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Parsed parsed = BasicCredentials.parse(request.getHeader("Authorization"));
    if (parsed instanceof Present present) {
      try {
        return verifyBasic(present, response, context);
      } finally {
        present.password().clear();
      }
    }
    if (parsed instanceof Malformed malformed) {
      LOG.log(
          Level.FINE,
          "Malformed Basic credentials on {0}: {1}",
          new Object[] {request.getRequestURI(), malformed.reason()});
      ApiProblems.writeUnauthorized(response, ApiProblems.MALFORMED_CREDENTIALS);
      return AuthenticationStatus.SEND_FAILURE;
    }
    return context.doNothing();
  }

  private AuthenticationStatus verifyBasic(
      Present present, HttpServletResponse response, HttpMessageContext context) {
    char[] password = present.password().getValue();
    Optional<CachedCaller> cached = verifications.find(present.username(), password);
    if (cached.isPresent()) {
      return context.notifyContainerAboutLogin(cached.get().callerName(), cached.get().groups());
    }
    CredentialValidationResult result;
    // The store gets its own copy of the password, so whatever it does to it, the cache key below
    // is computed from the password as sent.
    UsernamePasswordCredential credential =
        new UsernamePasswordCredential(present.username(), new Password(password));
    try {
      result = identityStoreHandler.validate(credential);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The identity store failed; answering 503", e);
      ApiProblems.writeUnavailable(response);
      return AuthenticationStatus.SEND_FAILURE;
    } finally {
      credential.clearCredential();
    }
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.log(Level.FINE, "Basic credentials refused for {0}", present.username());
      ApiProblems.writeUnauthorized(response, ApiProblems.BAD_CREDENTIALS);
      return AuthenticationStatus.SEND_FAILURE;
    }
    String callerName = result.getCallerPrincipal().getName();
    verifications.remember(present.username(), password, callerName, result.getCallerGroups());
    return context.notifyContainerAboutLogin(callerName, result.getCallerGroups());
  }

  private AuthenticationStatus validatePageRequest(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      boolean protectedPage) {
    AuthenticationParameters parameters = context.getAuthParameters();
    Credential credential = parameters == null ? null : parameters.getCredential();
    if (credential != null) {
      return login(request, context, credential);
    }
    boolean newAuthentication = parameters != null && parameters.isNewAuthentication();
    Principal sessionCaller = request.getUserPrincipal();
    if (sessionCaller != null && !newAuthentication) {
      // The caller the container registered in the session at login; groups come with it.
      return context.notifyContainerAboutLogin(sessionCaller, null);
    }
    if (protectedPage || context.isAuthenticationRequest()) {
      return LoginRedirect.send(request, response, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStoreHandler.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // No response written: the login page shows the failure (SecurityContext.authenticate
      // returns SEND_FAILURE to it).
      return AuthenticationStatus.SEND_FAILURE;
    }
    renewSession(request);
    context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
    return context.notifyContainerAboutLogin(result);
  }

  /** A new session id at login, so that a session id planted before login is worthless. */
  private static void renewSession(HttpServletRequest request) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    } else {
      request.getSession(true);
    }
  }
}
