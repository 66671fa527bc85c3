package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GrantwellAuthenticationMechanismTest {

  private static final Set<String> BIDDER_GROUPS = Set.of("pcc-bidder");
  private static final CredentialValidationResult VALID =
      new CredentialValidationResult("bidder.avon", BIDDER_GROUPS);

  private final MutableClock clock = new MutableClock(Instant.parse("2025-06-02T09:00:00Z"));
  private final IdentityStoreHandler store = mock(IdentityStoreHandler.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final HttpMessageContext context = mock(HttpMessageContext.class);
  private final StringWriter body = new StringWriter();
  private final List<String> passwordsSeenByStore = new ArrayList<>();
  private final AuthenticationParameters parameters = new AuthenticationParameters();
  private final LoginAttempts attempts = mock(LoginAttempts.class);

  private GrantwellAuthenticationMechanism mechanism;

  @BeforeEach
  void setUp() throws Exception {
    mechanism =
        new GrantwellAuthenticationMechanism(
            store,
            new VerificationCache(
                clock,
                GrantwellAuthenticationMechanism.CACHE_TTL,
                GrantwellAuthenticationMechanism.CACHE_MAX_ENTRIES),
            attempts);
    when(attempts.standing(any())).thenReturn(LoginAttempts.Standing.CLEAR);
    when(request.getContextPath()).thenReturn("/grantwell");
    when(request.getMethod()).thenReturn("GET");
    when(response.getWriter()).thenReturn(new PrintWriter(body));
    when(context.getAuthParameters()).thenReturn(parameters);
    when(context.doNothing()).thenReturn(AuthenticationStatus.NOT_DONE);
    when(context.redirect(anyString())).thenReturn(AuthenticationStatus.SEND_CONTINUE);
    when(context.notifyContainerAboutLogin(anyString(), anySet())).thenReturn(AuthenticationStatus.SUCCESS);
    when(context.notifyContainerAboutLogin(any(Principal.class), any())).thenReturn(AuthenticationStatus.SUCCESS);
    when(context.notifyContainerAboutLogin(any(CredentialValidationResult.class)))
        .thenReturn(AuthenticationStatus.SUCCESS);
  }

  private void storeAnswers(CredentialValidationResult result) {
    when(store.validate(any(Credential.class)))
        .thenAnswer(
            invocation -> {
              UsernamePasswordCredential credential = invocation.getArgument(0);
              passwordsSeenByStore.add(credential.getPasswordAsString());
              return result;
            });
  }

  private void apiRequest(String authorization) {
    when(request.getServletPath()).thenReturn("/api");
    when(request.getPathInfo()).thenReturn("/bids");
    when(request.getRequestURI()).thenReturn("/grantwell/api/bids");
    when(request.getHeader("Authorization")).thenReturn(authorization);
  }

  private void pageRequest(String path) {
    when(request.getServletPath()).thenReturn(path);
    when(request.getRequestURI()).thenReturn("/grantwell" + path);
  }

  private static String basic(String userPass) {
    return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }

  private AuthenticationStatus validate() {
    return mechanism.validateRequest(request, response, context);
  }

  private void assertUnauthorizedJson() {
    verify(response).setStatus(401);
    verify(response).setHeader("WWW-Authenticate", "Basic realm=\"Grantwell\"");
    verify(response).setContentType("application/problem+json");
    assertThat(body.toString()).startsWith("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"");
  }

  // --- API ---------------------------------------------------------------------------------

  @Test
  void shouldDoNothingWhenApiRequestHasNoAuthorizationHeader() {
    apiRequest(null);

    assertThat(validate()).isEqualTo(AuthenticationStatus.NOT_DONE);
    verifyNoInteractions(store);
    verify(response, never()).setStatus(anyInt());
  }

  @Test
  void shouldIgnoreSessionCallerWhenApiRequestHasOnlyASessionCookie() {
    apiRequest(null);
    when(request.getUserPrincipal()).thenReturn(new CallerPrincipal("bidder.avon"));

    assertThat(validate()).isEqualTo(AuthenticationStatus.NOT_DONE);
    verify(context).doNothing();
    verify(context, never()).notifyContainerAboutLogin(any(Principal.class), any());
    verify(context, never()).notifyContainerAboutLogin(anyString(), anySet());
  }

  @Test
  void shouldIgnoreCredentialParameterWhenApiRequestHasNoBasicHeader() {
    apiRequest(null);
    parameters.credential(new UsernamePasswordCredential("bidder.avon", "grantwell-demo"));

    assertThat(validate()).isEqualTo(AuthenticationStatus.NOT_DONE);
    verifyNoInteractions(store);
  }

  @Test
  void shouldAuthenticateWithoutSessionWhenBasicCredentialsAreValid() {
    apiRequest(basic("bidder.avon:grantwell-demo"));
    storeAnswers(VALID);

    assertThat(validate()).isEqualTo(AuthenticationStatus.SUCCESS);
    verify(context).notifyContainerAboutLogin("bidder.avon", BIDDER_GROUPS);
    verify(context, never()).setRegisterSession(anyString(), any());
    verify(request, never()).getSession(anyBoolean());
    verify(request, never()).getSession();
  }

  @Test
  void shouldPassUtf8PasswordToStoreWhenBasicPasswordIsNotAscii() {
    apiRequest(basic("bidder.avon:pässwörd€"));
    storeAnswers(VALID);

    validate();

    assertThat(passwordsSeenByStore).containsExactly("pässwörd€");
  }

  @Test
  void shouldAnswer401WithChallengeAndJsonWhenBasicPasswordIsWrong() {
    apiRequest(basic("bidder.avon:wrong"));
    storeAnswers(CredentialValidationResult.INVALID_RESULT);

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertUnauthorizedJson();
    verify(context, never()).notifyContainerAboutLogin(anyString(), anySet());
  }

  @Test
  void shouldAnswer401WhenStoreDoesNotKnowTheCredential() {
    apiRequest(basic("nobody:whatever"));
    storeAnswers(CredentialValidationResult.NOT_VALIDATED_RESULT);

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertUnauthorizedJson();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Basic",
        "Basic %%%not-base64%%%",
        "Basic bm9jb2xvbg==", // "nocolon"
        "Basic OnB3", // ":pw"
        "Basic dXNlcjo=" // "user:"
      })
  void shouldAnswer401NotFailWhenBasicHeaderIsMalformed(String header) {
    apiRequest(header);

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertUnauthorizedJson();
    verifyNoInteractions(store);
  }

  @Test
  void shouldAnswer503WhenIdentityStoreFails() {
    apiRequest(basic("bidder.avon:grantwell-demo"));
    when(store.validate(any(Credential.class))).thenThrow(new IllegalStateException("database down"));

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    verify(response).setStatus(503);
    assertThat(body.toString()).contains("\"status\":503");
  }

  @Test
  void shouldVerifyOnceWhenSameBasicCredentialsRepeat() {
    apiRequest(basic("bidder.avon:grantwell-demo"));
    storeAnswers(VALID);

    validate();
    validate();
    validate();

    verify(store, times(1)).validate(any(Credential.class));
    verify(context, times(3)).notifyContainerAboutLogin("bidder.avon", BIDDER_GROUPS);
  }

  @Test
  void shouldVerifyAgainWhenCachedVerificationHasExpired() {
    apiRequest(basic("bidder.avon:grantwell-demo"));
    storeAnswers(VALID);
    validate();

    clock.advance(Duration.ofMinutes(5));
    validate();

    verify(store, times(2)).validate(any(Credential.class));
  }

  @Test
  void shouldNotCacheFailureWhenPasswordWasWrong() {
    apiRequest(basic("bidder.avon:wrong"));
    storeAnswers(CredentialValidationResult.INVALID_RESULT);

    validate();
    validate();

    verify(store, times(2)).validate(any(Credential.class));
  }

  @Test
  void shouldCheckStoreWhenPasswordDiffersFromCachedOne() {
    apiRequest(basic("bidder.avon:grantwell-demo"));
    storeAnswers(VALID);
    validate();
    apiRequest(basic("bidder.avon:guess"));
    storeAnswers(CredentialValidationResult.INVALID_RESULT);

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    verify(store, times(2)).validate(any(Credential.class));
  }

  @Test
  void shouldCheckStoreAgainWhenUserWasForgotten() {
    apiRequest(basic("bidder.avon:grantwell-demo"));
    storeAnswers(VALID);
    validate();

    mechanism.forget("bidder.avon");
    validate();

    verify(store, times(2)).validate(any(Credential.class));
  }

  // --- pages -------------------------------------------------------------------------------

  @Test
  void shouldRedirectToLoginWithContinueWhenAnonymousGetsProtectedPage() {
    pageRequest("/app/bids/view.xhtml");
    when(request.getQueryString()).thenReturn("reference=SSF-1");

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
    verify(context)
        .redirect("/grantwell/login.xhtml?continue=%2Fapp%2Fbids%2Fview.xhtml%3Freference%3DSSF-1");
  }

  @Test
  void shouldRedirectToPlainLoginWhenAnonymousPostsToProtectedPage() {
    pageRequest("/app/bids/edit.xhtml");
    when(request.getMethod()).thenReturn("POST");

    validate();

    verify(context).redirect("/grantwell/login.xhtml");
  }

  @Test
  void shouldSendPartialResponseRedirectWhenAjaxRequestHasNoSession() {
    pageRequest("/app/bids/edit.xhtml");
    when(request.getMethod()).thenReturn("POST");
    when(request.getHeader("Faces-Request")).thenReturn("partial/ajax");

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
    assertThat(body.toString()).contains("<partial-response><redirect url=\"/grantwell/login.xhtml\">");
    verify(context, never()).redirect(anyString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/index.xhtml", "/login.xhtml", "/jakarta.faces.resource/theme.css.xhtml"})
  void shouldDoNothingWhenAnonymousGetsPublicPage(String path) {
    pageRequest(path);

    assertThat(validate()).isEqualTo(AuthenticationStatus.NOT_DONE);
    verify(context, never()).redirect(anyString());
  }

  @Test
  void shouldContinueSessionCallerWhenPageRequestHasOne() {
    pageRequest("/app/bids/list.xhtml");
    Principal sessionCaller = new CallerPrincipal("bidder.avon");
    when(request.getUserPrincipal()).thenReturn(sessionCaller);

    assertThat(validate()).isEqualTo(AuthenticationStatus.SUCCESS);
    verify(context).notifyContainerAboutLogin(org.mockito.ArgumentMatchers.eq(sessionCaller), isNull());
    verifyNoInteractions(store);
  }

  @Test
  void shouldContinueWithGroupsKeptAtSignInWhenSessionHasThem() {
    pageRequest("/app/ledger.xhtml");
    when(request.getUserPrincipal()).thenReturn(new CallerPrincipal("bidder.avon"));
    HttpSession session = mock(HttpSession.class);
    when(session.getAttribute(SignedInCaller.SESSION_ATTRIBUTE)).thenReturn(new SignedInCaller("bidder.avon", BIDDER_GROUPS));
    when(request.getSession(false)).thenReturn(session);

    assertThat(validate()).isEqualTo(AuthenticationStatus.SUCCESS);
    verify(context).notifyContainerAboutLogin("bidder.avon", BIDDER_GROUPS);
    verify(context, never()).notifyContainerAboutLogin(any(Principal.class), any());
    verify(context, never()).setRegisterSession(anyString(), any());
    verifyNoInteractions(store);
  }

  @Test
  void shouldRegisterAgainWhenSessionCameFromAnotherInstance() {
    pageRequest("/app/ledger.xhtml");
    HttpSession session = mock(HttpSession.class);
    when(session.getAttribute(SignedInCaller.SESSION_ATTRIBUTE)).thenReturn(new SignedInCaller("bidder.avon", BIDDER_GROUPS));
    when(request.getSession(false)).thenReturn(session);

    assertThat(validate()).isEqualTo(AuthenticationStatus.SUCCESS);
    verify(context).setRegisterSession("bidder.avon", BIDDER_GROUPS);
    verify(context).notifyContainerAboutLogin("bidder.avon", BIDDER_GROUPS);
  }

  @Test
  void shouldRegisterSessionWithNewIdWhenLoginCredentialIsValid() {
    pageRequest("/login.xhtml");
    parameters.credential(new UsernamePasswordCredential("bidder.avon", "grantwell-demo"));
    when(store.validate(any(Credential.class))).thenReturn(VALID);
    when(request.getSession(false)).thenReturn(mock(HttpSession.class));

    assertThat(validate()).isEqualTo(AuthenticationStatus.SUCCESS);
    verify(request).changeSessionId();
    verify(context).setRegisterSession("bidder.avon", BIDDER_GROUPS);
    verify(context).notifyContainerAboutLogin(VALID);
  }

  @Test
  void shouldFailWithoutTouchingResponseWhenLoginCredentialIsWrong() throws Exception {
    pageRequest("/login.xhtml");
    parameters.credential(new UsernamePasswordCredential("bidder.avon", "wrong"));
    when(store.validate(any(Credential.class))).thenReturn(CredentialValidationResult.INVALID_RESULT);

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    verify(response, never()).setStatus(anyInt());
    verify(response, never()).getWriter();
    verify(context, never()).setRegisterSession(anyString(), any());
  }

  @Test
  void shouldRedirectToLoginWhenPageAsksForNewAuthentication() {
    pageRequest("/index.xhtml");
    parameters.newAuthentication(true);
    when(context.isAuthenticationRequest()).thenReturn(true);
    when(request.getUserPrincipal()).thenReturn(new CallerPrincipal("bidder.avon"));

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
    verify(context).redirect("/grantwell/login.xhtml");
  }

  // --- security headers, state-changing API calls, lock-out ---------------------------------

  @Test
  void shouldSetSecurityHeadersWhenAnyRequestIsValidated() {
    pageRequest("/index.xhtml");

    validate();

    verify(response).setHeader("Content-Security-Policy", SecurityHeadersFilter.POLICY);
    verify(response).setHeader("X-Content-Type-Options", "nosniff");
    verify(response).setHeader("X-Frame-Options", "DENY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void shouldAnswer401WhenStateChangingApiCallHasOnlyASessionCookie(String method) {
    apiRequest(null);
    when(request.getMethod()).thenReturn(method);
    when(request.getUserPrincipal()).thenReturn(new CallerPrincipal("bidder.avon"));

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertUnauthorizedJson();
    verify(context, never()).notifyContainerAboutLogin(any(Principal.class), any());
  }

  @Test
  void shouldRefuseBasicWithoutAskingTheStoreWhenUsernameIsLocked() {
    apiRequest(basic("bidder.avon:grantwell-demo"));
    when(attempts.standing("bidder.avon")).thenReturn(new LoginAttempts.Standing(true, true));

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertUnauthorizedJson();
    assertThat(body.toString()).contains("Too many failed sign-ins");
    verifyNoInteractions(store);
  }

  @Test
  void shouldRefuseACachedBasicSuccessWhenUsernameIsLockedLater() {
    apiRequest(basic("bidder.avon:grantwell-demo"));
    storeAnswers(VALID);
    assertThat(validate()).isEqualTo(AuthenticationStatus.SUCCESS);
    when(attempts.standing("bidder.avon")).thenReturn(new LoginAttempts.Standing(true, true));

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    verify(store, times(1)).validate(any(Credential.class));
  }

  @Test
  void shouldCountAFailureWhenBasicPasswordIsWrong() {
    apiRequest(basic("bidder.avon:wrong"));
    storeAnswers(CredentialValidationResult.INVALID_RESULT);

    validate();

    verify(attempts).failed("bidder.avon", LoginAttempts.Channel.BASIC);
  }

  @Test
  void shouldResetFailuresWhenBasicSucceedsAfterFailures() {
    apiRequest(basic("bidder.avon:grantwell-demo"));
    storeAnswers(VALID);
    when(attempts.standing("bidder.avon")).thenReturn(new LoginAttempts.Standing(false, true));

    assertThat(validate()).isEqualTo(AuthenticationStatus.SUCCESS);
    verify(attempts).succeeded("bidder.avon");
  }

  @Test
  void shouldNotTouchTheFailuresWhenBasicSucceedsWithNoneRecorded() {
    apiRequest(basic("bidder.avon:grantwell-demo"));
    storeAnswers(VALID);

    validate();

    verify(attempts, never()).succeeded(anyString());
    verify(attempts, never()).failed(anyString(), any());
  }

  @Test
  void shouldMarkTheRequestLockedWhenAFormFailureLocksTheUsername() {
    pageRequest("/login.xhtml");
    parameters.credential(new UsernamePasswordCredential("bidder.avon", "wrong"));
    when(store.validate(any(Credential.class))).thenReturn(CredentialValidationResult.INVALID_RESULT);
    when(attempts.failed("bidder.avon", LoginAttempts.Channel.FORM)).thenReturn(true);

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    verify(request).setAttribute(GrantwellAuthenticationMechanism.LOCKED_ATTRIBUTE, Boolean.TRUE);
  }

  @Test
  void shouldRefuseTheRightPasswordOnTheFormWhenUsernameIsLocked() {
    pageRequest("/login.xhtml");
    parameters.credential(new UsernamePasswordCredential("bidder.avon", "grantwell-demo"));
    when(attempts.standing("bidder.avon")).thenReturn(new LoginAttempts.Standing(true, true));

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    verifyNoInteractions(store);
    verify(request, never()).changeSessionId();
    verify(request).setAttribute(GrantwellAuthenticationMechanism.LOCKED_ATTRIBUTE, Boolean.TRUE);
  }

  @Test
  void shouldNotCountAFailureWhenTheStoreCouldNotDecide() {
    pageRequest("/login.xhtml");
    parameters.credential(new UsernamePasswordCredential("bidder.avon", "x"));
    when(store.validate(any(Credential.class)))
        .thenReturn(CredentialValidationResult.NOT_VALIDATED_RESULT);

    validate();

    verify(attempts, never()).failed(anyString(), any());
  }

  @Test
  void shouldRetryOnceWhenRecordingAFailureRacesAnotherServer() {
    apiRequest(basic("bidder.avon:wrong"));
    storeAnswers(CredentialValidationResult.INVALID_RESULT);
    when(attempts.failed("bidder.avon", LoginAttempts.Channel.BASIC))
        .thenThrow(new IllegalStateException("duplicate key"))
        .thenReturn(false);

    assertThat(validate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    verify(attempts, times(2)).failed("bidder.avon", LoginAttempts.Channel.BASIC);
  }
}
