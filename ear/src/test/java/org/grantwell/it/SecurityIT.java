package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7, sign-in: security headers on pages, the API and errors; the session cookie's flags and
 * a new session id at form login; the lock-out after repeated failures (with its audit records);
 * and no state-changing API call on a session cookie alone. Talks to the application as a browser
 * would, posting the JSF login form with its view state.
 *
 * <p>The lock-out uses a user this class creates (a copy of a demo user's password hash, no
 * roles) and removes again, so no other test meets a locked account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  private static final String COOKIE = "JSESSIONID";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  // --- headers --------------------------------------------------------------------------------

  @Test
  void shouldSendSecurityHeadersWhenAPageIsServed() throws Exception {
    HttpResponse<String> page = send(get("login.xhtml"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertSecurityHeaders(page);
    // PrimeFaces' CSP mode: the page's policy carries the nonce its inline scripts use
    String policy = page.headers().allValues("Content-Security-Policy").get(0);
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
    assertThat(nonce.find()).isTrue();
    assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");
  }

  @Test
  void shouldSendSecurityHeadersWhenTheApiAnswers() throws Exception {
    assertSecurityHeaders(send(get("api/health")));
    HttpResponse<String> refused = send(Http.authorised(base, "api/bids", "nobody.here", "wrong").GET());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertSecurityHeaders(refused);
  }

  @Test
  void shouldSendSecurityHeadersWhenAPageIsNotFound() throws Exception {
    HttpResponse<String> missing = send(get("no-such-page-" + System.nanoTime() + ".html"));

    assertThat(missing.statusCode()).isEqualTo(404);
    assertSecurityHeaders(missing);
  }

  // --- session --------------------------------------------------------------------------------

  @Test
  void shouldIssueANewHttpOnlySameSiteSessionCookieWhenTheFormLoginSucceeds() throws Exception {
    LoginForm form = openLoginForm();
    HttpResponse<String> login = form.submit("finance.national", Http.DEMO_PASSWORD);

    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/app/"));
    String setCookie = sessionSetCookie(login).orElseThrow();
    String lower = setCookie.toLowerCase(Locale.ROOT);
    assertThat(lower).contains("httponly").contains("samesite=lax");
    assertThat(lower).doesNotContain("secure"); // plain HTTP here; the container adds it over TLS
    String afterLogin = cookieValue(setCookie);
    assertThat(afterLogin).isNotEqualTo(form.sessionId());

    HttpResponse<String> home = send(get("app/home.xhtml").header("Cookie", COOKIE + "=" + afterLogin));
    assertThat(home.statusCode()).isEqualTo(200);
    HttpResponse<String> oldSession = send(get("app/home.xhtml").header("Cookie", COOKIE + "=" + form.sessionId()));
    assertThat(oldSession.statusCode()).isEqualTo(302);
  }

  @Test
  void shouldAnswer401WhenAStateChangingApiCallCarriesOnlyASessionCookie() throws Exception {
    LoginForm form = openLoginForm();
    String session = cookieValue(sessionSetCookie(form.submit("bidder.avon", Http.DEMO_PASSWORD)).orElseThrow());

    for (String method : List.of("POST", "PUT", "DELETE")) {
      HttpResponse<String> reply =
          send(
              HttpRequest.newBuilder(uri("api/bids"))
                  .header("Cookie", COOKIE + "=" + session)
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json")
                  .method(method, HttpRequest.BodyPublishers.ofString("{}")));

      assertThat(reply.statusCode()).as(method).isEqualTo(401);
      assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Grantwell\"");
    }
  }

  /**
   * Payara 6.2025.9 continues a session's caller through a SecurityContext shared between threads
   * (payara/Payara#6145): with anonymous requests alongside, about 3 in 100 signed-in page requests
   * lost the caller's groups and were refused as "not for your role" (57 of 1,800 ledger pages, 12
   * sessions and 12 anonymous clients). The mechanism now passes the groups kept at sign-in.
   */
  @Test
  void shouldKeepTheCallersRolesWhenSignedInAndAnonymousRequestsRunTogether() throws Exception {
    int sessions = 8;
    int requests = 60;
    List<String> cookies = new java.util.ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      cookies.add(cookieValue(sessionSetCookie(openLoginForm().submit("finance.national", Http.DEMO_PASSWORD)).orElseThrow()));
    }
    java.util.concurrent.ConcurrentMap<Integer, java.util.concurrent.atomic.AtomicInteger> signedIn =
        new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2 * sessions);
    try {
      List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
      for (String cookie : cookies) {
        running.add(pool.submit(() -> {
          for (int k = 0; k < requests; k++) {
            int status = send(get("app/ledger.xhtml").header("Cookie", COOKIE + "=" + cookie)).statusCode();
            signedIn.computeIfAbsent(status, s -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
          }
          return null;
        }));
        running.add(pool.submit(() -> {
          for (int k = 0; k < requests; k++) {
            send(get("login.xhtml"));
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> done : running) {
        done.get(5, java.util.concurrent.TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(signedIn.keySet()).as("statuses of %d signed-in ledger pages: %s", sessions * requests, signedIn).containsOnly(200);
  }

  // --- lock-out -------------------------------------------------------------------------------

  @Test
  void shouldRefuseTheRightPasswordWhenSixWrongOnesCameFirst() throws Exception {
    String username = "lockout." + Long.toString(System.nanoTime(), 36);
    createUserLike("officer.moj", username);
    try {
      for (int i = 0; i < 3; i++) {
        assertThat(send(Http.authorised(base, "api/bids", username, "wrong-" + i).GET()).statusCode()).isEqualTo(401);
      }
      for (int i = 3; i < 6; i++) {
        HttpResponse<String> refused = openLoginForm().submit(username, "wrong-" + i);
        assertThat(refused.statusCode()).isEqualTo(200);
      }

      HttpResponse<String> form = openLoginForm().submit(username, Http.DEMO_PASSWORD);
      assertThat(form.statusCode()).isEqualTo(200);
      assertThat(form.body()).contains("Too many failed sign-ins");
      assertThat(sessionSetCookie(form).map(SecurityIT::cookieValue)).isEmpty();
      HttpResponse<String> basic = send(Http.authorised(base, "api/bids", username, Http.DEMO_PASSWORD).GET());
      assertThat(basic.statusCode()).isEqualTo(401);
      assertThat(basic.body()).contains("Too many failed sign-ins");

      assertThat(auditCount(username, "LOGIN_FAILED")).isEqualTo(5);
      assertThat(auditCount(username, "LOGIN_LOCKED_OUT")).isEqualTo(1);
      assertThat(TestDatabase.count("SELECT COUNT(*) FROM login_failure WHERE username = '" + username + "' AND locked_until > now()"))
          .isEqualTo(1);

      // an unknown username is locked in the same words
      String nobody = "nobody." + Long.toString(System.nanoTime(), 36);
      HttpResponse<String> last = null;
      for (int i = 0; i < 6; i++) {
        last = send(Http.authorised(base, "api/bids", nobody, "wrong").GET());
      }
      assertThat(last.body()).isEqualTo(basic.body());
      deleteFailures(nobody);
    } finally {
      deleteFailures(username);
      try (Connection db = TestDatabase.connect();
          PreparedStatement delete = db.prepareStatement("DELETE FROM app_user WHERE username = ?")) {
        delete.setString(1, username);
        delete.executeUpdate();
      }
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  /**
   * The login page as a browser got it: its session, the form's address, view state and the CSP
   * nonce that PrimeFaces' script sends back with every postback (PrimeFaces refuses a postback
   * without it).
   */
  private record LoginForm(URI action, String sessionId, String viewState, String nonce) {

    HttpResponse<String> submit(String username, String password) throws Exception {
      String body =
          form("login", "login")
              + "&" + form("login:username", username)
              + "&" + form("login:password", password)
              + "&" + form("login:submit", "")
              + "&" + form("jakarta.faces.ViewState", viewState)
              + "&" + form("primefaces.nonce", nonce);
      return send(
          HttpRequest.newBuilder(action)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Cookie", COOKIE + "=" + sessionId)
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
  }

  private LoginForm openLoginForm() throws Exception {
    HttpResponse<String> page = send(get("login.xhtml"));
    assertThat(page.statusCode()).isEqualTo(200);
    String session = cookieValue(sessionSetCookie(page).orElseThrow(() -> new AssertionError("no session cookie on the login page")));
    Matcher state = VIEW_STATE.matcher(page.body());
    Matcher action = FORM_ACTION.matcher(page.body());
    assertThat(state.find()).as("view state").isTrue();
    assertThat(action.find()).as("form action").isTrue();
    URI target = uri("login.xhtml").resolve(action.group(1).replace("&amp;", "&"));
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
    assertThat(nonce.find()).as("the page's CSP nonce").isTrue();
    return new LoginForm(target, session, state.group(1), nonce.group(1));
  }

  private void assertSecurityHeaders(HttpResponse<String> response) {
    List<String> policies = response.headers().allValues("Content-Security-Policy");
    assertThat(policies).hasSize(1);
    assertThat(policies.get(0))
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self'")
        .doesNotContain("unsafe-eval");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
  }

  private static Optional<String> sessionSetCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(COOKIE + "="))
        .reduce((first, second) -> second);
  }

  private static String cookieValue(String setCookie) {
    int end = setCookie.indexOf(';');
    return setCookie.substring(COOKIE.length() + 1, end < 0 ? setCookie.length() : end);
  }

  private static String form(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET();
  }

  private URI uri(String path) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return URI.create(root + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A user with the same password and organisation as {@code model}, and no roles. */
  private static void createUserLike(String model, String username) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO app_user (id, username, password_hash, display_name, organisation_id, enabled, version)"
                    + " SELECT nextval('app_user_seq'), ?, password_hash, 'Lock-out test', organisation_id, TRUE, 0"
                    + " FROM app_user WHERE username = ?")) {
      insert.setString(1, username);
      insert.setString(2, model);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
  }

  private static long auditCount(String username, String action) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'LOGIN' AND entity_id = ? AND actor = ? AND action = ?")) {
      query.setString(1, username);
      query.setString(2, username);
      query.setString(3, action);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** Unlocks a username. */
  private static void deleteFailures(String username) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement delete = db.prepareStatement("DELETE FROM login_failure WHERE username = ?")) {
      delete.setString(1, username);
      delete.executeUpdate();
    }
  }
}
