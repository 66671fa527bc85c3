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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grantwell.web.security.BasicCredentials.Malformed;
import org.grantwell.web.security.BasicCredentials.Parsed;
import org.grantwell.web.security.BasicCredentials.Present;
import org.grantwell.web.security.LoginAttempts.Channel;
import org.grantwell.web.security.LoginAttempts.Standing;
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
 *       API), and an API login never creates or joins a session. A state-changing call ({@code
 *       POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) without Basic credentials is refused
 *       with 401 here, whatever cookie it carries.
 *   <li><b>Pages: form login with a session.</b> {@code SecurityContext.authenticate(request,
 *       response, withParams().credential(...))} from the login page verifies the credential and
 *       registers the caller in the HTTP session (a new session id, against fixation); later
 *       requests continue that session's caller. Anonymous requests for {@code /app/**} are sent to
 *       {@code /login.xhtml}; other pages stay public.
 * </ul>
 *
 * <p><b>Lock-out.</b> Both kinds of sign-in go through {@link LoginAttempts}: a username that
 * failed 5 times within 15 minutes is refused (without checking the password) for a period that
 * grows with each lock-out ({@link org.grantwell.db.user.LoginBackoff}); the refusal reads the
 * same whether or not the account exists. The lock is checked before the verification cache, so a
 * cached success never gets round it, and a lock-out drops the username's cache entries.
 *
 * <p>Every response that passes through here gets the {@link SecurityHeadersFilter} headers,
 * including the 401s and redirects written before any filter runs.
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

  /** Set on the request when a form sign-in was refused because the username is locked. */
  public static final String LOCKED_ATTRIBUTE = "org.grantwell.login.locked";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject private IdentityStoreHandler identityStoreHandler;
  @Inject private LoginAttempts attempts;

  private final VerificationCache verifications;

  public GrantwellAuthenticationMechanism() {
    this.verifications = new VerificationCache(Clock.systemUTC(), CACHE_TTL, CACHE_MAX_ENTRIES);
  }

  GrantwellAuthenticationMechanism(
      IdentityStoreHandler identityStoreHandler,
      VerificationCache verifications,
      LoginAttempts attempts) {
    this.identityStoreHandler = identityStoreHandler;
    this.verifications = verifications;
    this.attempts = attempts;
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeadersFilter.apply(response);
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
        return verifyBasic(present, request, response, context);
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
    if (!SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      // A session cookie (or nothing) never authorises a change through the API.
      ApiProblems.writeUnauthorized(response, ApiProblems.SIGN_IN);
      return AuthenticationStatus.SEND_FAILURE;
    }
    return context.doNothing();
  }

  private AuthenticationStatus verifyBasic(
      Present present, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    char[] password = present.password().getValue();
    Standing standing;
    try {
      standing = attempts.standing(present.username());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sign-in failures cannot be read; answering 503", e);
      ApiProblems.writeUnavailable(response);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (standing.locked()) {
      verifications.forget(present.username());
      ApiProblems.writeUnauthorized(response, ApiProblems.LOCKED_OUT);
      return AuthenticationStatus.SEND_FAILURE;
    }
    Optional<CachedCaller> cached = verifications.find(present.username(), password);
    if (cached.isPresent()) {
      resetFailures(present.username(), standing);
      return signedIn(request, context, cached.get().callerName(), cached.get().groups());
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
      boolean locked = recordFailure(present.username(), result, Channel.BASIC);
      if (locked) {
        verifications.forget(present.username());
      }
      ApiProblems.writeUnauthorized(
          response, locked ? ApiProblems.LOCKED_OUT : ApiProblems.BAD_CREDENTIALS);
      return AuthenticationStatus.SEND_FAILURE;
    }
    resetFailures(present.username(), standing);
    String callerName = result.getCallerPrincipal().getName();
    verifications.remember(present.username(), password, callerName, result.getCallerGroups());
    return signedIn(request, context, callerName, result.getCallerGroups());
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
    SignedInCaller remembered = newAuthentication ? null : SignedInCaller.inSession(request.getSession(false));
    if (remembered != null) {
      if (sessionCaller == null) {
        // A session replicated from another instance of a cluster carries its attributes but not
        // the container's registration: register the caller it names again, on this instance.
        context.setRegisterSession(remembered.name(), remembered.groups());
      }
      // The caller and groups kept at sign-in, passed by name. Not the container's own way of
      // continuing a session (its principal with null groups): Payara 6.2025.9 then looks the
      // session's subject up through a SecurityContext shared between threads, and under
      // concurrent requests about 3 in 100 came back with the caller but without their groups
      // (a signed-in user refused a page as "not for your role"; payara/Payara#6145, fixed
      // upstream by FISH-7515 after this release). SecurityIT reproduces it.
      return signedIn(request, context, remembered.name(), remembered.groups());
    }
    if (sessionCaller != null && !newAuthentication) {
      // A container registration without our attribute (not made by login() below).
      return context.notifyContainerAboutLogin(sessionCaller, null);
    }
    if (protectedPage || context.isAuthenticationRequest()) {
      return LoginRedirect.send(request, response, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    // No response written on failure: the login page shows it (SecurityContext.authenticate
    // returns SEND_FAILURE to it, and LOCKED_ATTRIBUTE says whether the username is locked).
    String username =
        credential instanceof UsernamePasswordCredential typed ? typed.getCaller() : null;
    Standing standing;
    try {
      standing = attempts.standing(username);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sign-in failures cannot be read; refusing the sign-in", e);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (standing.locked()) {
      request.setAttribute(LOCKED_ATTRIBUTE, Boolean.TRUE);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStoreHandler.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      if (recordFailure(username, result, Channel.FORM)) {
        request.setAttribute(LOCKED_ATTRIBUTE, Boolean.TRUE);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    resetFailures(username, standing);
    renewSession(request);
    context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
    SignedInCaller.rememberInSession(request.getSession(), result.getCallerPrincipal().getName(), result.getCallerGroups());
    AuthenticationStatus status = context.notifyContainerAboutLogin(result);
    if (status == AuthenticationStatus.SUCCESS) {
      SignedInCaller.rememberForRequest(request, result.getCallerPrincipal().getName(), result.getCallerGroups());
    }
    return status;
  }

  /** Tells the container who the caller is and, when it agreed, notes it on the request for {@link CurrentCaller}. */
  private static AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, String name, Set<String> groups) {
    AuthenticationStatus status = context.notifyContainerAboutLogin(name, groups);
    if (status == AuthenticationStatus.SUCCESS) {
      SignedInCaller.rememberForRequest(request, name, groups);
    }
    return status;
  }

  /**
   * Counts a refused password ({@code INVALID}; a store that could not decide counts nothing).
   * Retried once, for two first failures of one username that race to insert its row.
   *
   * @return true when this failure locked the username
   */
  private boolean recordFailure(
      String username, CredentialValidationResult result, Channel channel) {
    if (result.getStatus() != CredentialValidationResult.Status.INVALID) {
      return false;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return attempts.failed(username, channel);
      } catch (RuntimeException e) {
        if (attempt >= 2) {
          LOG.log(Level.WARNING, "Could not record a failed sign-in of " + username, e);
          return false;
        }
      }
    }
  }

  private void resetFailures(String username, Standing standing) {
    if (!standing.hasFailures()) {
      return;
    }
    try {
      attempts.succeeded(username);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not reset the failed sign-ins of " + username, e);
    }
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
