package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantwell.workflow.demo.DemoUsers;
import org.grantwell.workflow.demo.DemoUsers.DemoUser;
import org.grantwell.workflow.model.CandidateGroups;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every entry of the web module's {@code AuthorisationMatrix} anonymously and as one demo user per role, with
 * a record of the caller's own organisation and one of another organisation, and checks each answer
 * against the matrix. Prints the table endpoint x role: own/other status. The matrix is read from
 * the WAR in the built EAR (the test classpath has the WAR, not its classes), so the IT checks the
 * very table that the unit test {@code AuthorisationMatrixTest} holds against the code.
 *
 * <p>Nothing is changed: state-changing requests carry an empty body (with the caller's own record,
 * so the service refuses it as invalid after deciding access), a body naming another
 * organisation's record (refused 404 before anything is read), a stale {@code ?version=-1}, or a
 * sub-record that does not exist (attachment, force area). Claiming or completing one's own task is
 * not tried. Accepted for an allowed role and its own record: 2xx; 400, 409, 415, 422 (the invalid
 * or stale request was judged after access); 403 only with a domain reason (the role passed, a rule
 * about this record refused, e.g. a read-only team member); 404 only for the missing sub-record.
 * Never 401, the generic role 403, or 5xx. Entries with a gap (what should hold but is not enforced yet) are reported, not
 * failed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorisationIT {

  /** The role check's 403 details: ApiProblems' own, and the server's as ForbiddenExceptionMapper passes it on. */
  static final Pattern ROLE_REFUSAL = Pattern.compile("Your roles do not allow this request");
  static final String MISSING = "9223372036854775807";
  private static final Pattern POLITE = Pattern.compile("id=\"[^\"]*(not-allowed|problem)\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"jakarta\\.faces\\.ViewState\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void shouldAnswerEveryEndpointAsTheMatrixSays() {
    Walk walk = new Walk(base);

    List<String> failures = walk.api();

    System.out.println(walk.table("API", Matrix.api()));
    System.out.println(String.join("\n", walk.gaps));
    assertThat(failures).as("answers that differ from AuthorisationMatrix").isEmpty();
  }

  @Test
  void shouldServeEveryPageAsTheMatrixSays() {
    Walk walk = new Walk(base);

    List<String> failures = walk.pages();

    System.out.println(walk.table("Pages", Matrix.pages()));
    System.out.println(String.join("\n", walk.gaps));
    assertThat(failures).as("pages that differ from AuthorisationMatrix").isEmpty();
  }

  /** One demo user per role, the role's only holder where there is one. */
  static Map<String, DemoUser> usersByRole() {
    Map<String, DemoUser> users = new LinkedHashMap<>();
    for (String role : CandidateGroups.ALL) {
      users.put(role, DemoUsers.ALL.stream().filter(u -> u.roles().equals(Set.of(role))).findFirst()
          .or(() -> DemoUsers.ALL.stream().filter(u -> u.roles().contains(role)).findFirst())
          .orElseThrow(() -> new AssertionError("no demo user has role " + role)));
    }
    return users;
  }

  /** One entry of the matrix, as the IT reads it. */
  record Row(String surface, String method, String path, boolean open, Set<String> roles, String scope, String refusal,
      String record, String condition, String gap) {

    boolean allows(Set<String> callerRoles) {
      return open || callerRoles.stream().anyMatch(roles::contains);
    }

    String key() {
      return method + " " + path;
    }
  }

  /** The matrix of the WAR in the built EAR, loaded from its classes. */
  static final class Matrix extends ClassLoader {
    private static List<Row> rows;
    private final WebArchive war;

    private Matrix(WebArchive war) {
      super(AuthorisationIT.class.getClassLoader());
      this.war = war;
    }

    static List<Row> api() {
      return all().stream().filter(r -> r.surface().equals("API")).toList();
    }

    static List<Row> pages() {
      return all().stream().filter(r -> r.surface().equals("PAGE")).toList();
    }

    @SuppressWarnings("unchecked")
    static synchronized List<Row> all() {
      if (rows == null) {
        try {
          Matrix loader = new Matrix(Deployments.ear().getAsType(WebArchive.class, Deployments.WAR));
          Class<?> matrix = loader.loadClass("org.grantwell.web.security.AuthorisationMatrix");
          List<Row> read = new ArrayList<>();
          for (Object e : (List<Object>) matrix.getField("ENTRIES").get(null)) {
            read.add(new Row(text(e, "surface"), text(e, "method"), text(e, "path"), (Boolean) value(e, "open"),
                (Set<String>) value(e, "roles"), text(e, "scope"), text(e, "refusal"), text(e, "record"),
                text(e, "condition"), text(e, "gap")));
          }
          rows = List.copyOf(read);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read AuthorisationMatrix from the built EAR", e);
        }
      }
      return rows;
    }

    private static Object value(Object entry, String accessor) throws ReflectiveOperationException {
      return entry.getClass().getMethod(accessor).invoke(entry);
    }

    private static String text(Object entry, String accessor) throws ReflectiveOperationException {
      Object value = value(entry, accessor);
      return value == null ? null : value.toString();
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Node node = war.get("/WEB-INF/classes/" + name.replace('.', '/') + ".class");
      if (node == null || node.getAsset() == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = node.getAsset().openStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }
  }

  /** Whose record the request names. */
  enum Side {
    OWN,
    OTHER
  }

  /** A request's answer. */
  record Answer(int status, String body, String location) {}

  /** The walk over the matrix: fixtures read at the start, answers kept for the table. */
  static final class Walk {
    private final URL base;
    private final Map<String, DemoUser> users = usersByRole();
    private final Map<String, String> cells = new HashMap<>();
    final List<String> gaps = new ArrayList<>();
    private final List<JsonObject> bids;
    private final List<JsonObject> organisations;
    private final List<JsonObject> rounds;
    private final Map<String, List<JsonObject>> tasks = new HashMap<>();
    private final Map<String, List<JsonObject>> visibleBids = new HashMap<>();
    private final Map<String, Set<String>> matchFunded = new HashMap<>();

    Walk(URL base) {
      this.base = base;
      this.bids = Http.allItems(base, "api/bids", "admin");
      this.organisations = array(parse(Http.get(base, "api/organisations", "admin")));
      this.rounds = array(parse(Http.get(base, "api/rounds")));
      for (DemoUser user : users.values()) {
        tasks.put(user.username(), Http.allItems(base, "api/tasks", user.username()));
      }
    }

    List<String> api() {
      List<String> failures = new ArrayList<>();
      for (Row entry : Matrix.api()) {
        check(entry, null, Side.OWN, failures);
        for (Map.Entry<String, DemoUser> user : users.entrySet()) {
          check(entry, user.getValue(), Side.OWN, failures);
          if (entry.scope().equals("RECORD") || entry.scope().equals("PUBLIC_RECORD")) {
            check(entry, user.getValue(), Side.OTHER, failures);
          }
        }
      }
      return failures;
    }

    private void check(Row entry, DemoUser user, Side side, List<String> failures) {
      String who = user == null ? "anonymous" : user.username();
      Optional<HttpRequest.Builder> request = apiRequest(entry, user, side);
      if (request.isEmpty()) {
        cells.merge(entry.key() + "|" + who, "-", (a, b) -> a + "/" + b);
        return;
      }
      Answer answer = send(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), request.get());
      String verdict = apiVerdict(entry, user, side, answer);
      record(entry, who, answer.status(), verdict, side, failures);
    }

    private void record(Row entry, String who, int status, String verdict, Side side, List<String> failures) {
      cells.merge(entry.key() + "|" + who, status + (verdict == null ? "" : "!"), (a, b) -> a + "/" + b);
      if (verdict != null) {
        String line = entry.key() + " as " + who + " (" + side.name().toLowerCase() + "): " + status + ", expected " + verdict;
        if (entry.gap() != null) {
          gaps.add("KNOWN GAP " + line + " [" + entry.gap() + "]");
        } else {
          failures.add(line);
        }
      }
    }

    /** Null when the answer is what the matrix says, else what was expected. */
    String apiVerdict(Row entry, DemoUser user, Side side, Answer answer) {
      int status = answer.status();
      if (user == null) {
        return entry.open() ? (status == 401 || status == 403 || status >= 500 ? "an answer without login" : null)
            : status == 401 ? null : "401";
      }
      if (!entry.allows(user.roles())) {
        return status == 403 && ROLE_REFUSAL.matcher(answer.body()).find() ? null : "403 from the role check";
      }
      if (side == Side.OTHER) {
        int expected = entry.scope().equals("PUBLIC_RECORD") ? 403 : 404;
        return status == expected ? null : expected + " (another organisation's record)";
      }
      boolean ok = status < 500 && status != 401
          && !(status == 403 && ROLE_REFUSAL.matcher(answer.body()).find())
          && (status != 404 || missingOnPurpose(answer.body()));
      return ok ? null : "2xx/400/409/415/422 or a domain 403 (own record)";
    }

    /** A 404 for the sub-record the walk names on purpose, or for an empty scope. */
    private static boolean missingOnPurpose(String body) {
      return body.contains("attachment") || body.contains("force area") || body.contains("no funded awards");
    }

    /** The request for the entry, or empty when there is no such record to name (or it would change data). */
    Optional<HttpRequest.Builder> apiRequest(Row entry, DemoUser user, Side side) {
      String key = entry.key();
      String caller = user == null ? "admin" : user.username();
      Optional<String> path = fill(entry.path(), caller, side);
      if (path.isEmpty() || (side == Side.OWN && user != null && key.startsWith("POST /api/tasks/"))) {
        return Optional.empty();
      }
      String query = switch (key) {
        case "POST /api/bids/{id}/submit-for-sign-off" -> "?version=-1";
        case "GET /api/variations" -> "?bidId=" + bid(caller, side).orElse("0");
        default -> key.startsWith("GET /api/export/") ? "?format=csv" : "";
      };
      if (key.equals("GET /api/variations") && bid(caller, side).isEmpty()) {
        return Optional.empty();
      }
      String body = body(key, caller, side);
      HttpRequest.Builder request = user == null
          ? HttpRequest.newBuilder(URI.create(root() + path.get().substring(1) + query)).header("Accept", "application/json")
              .header("Content-Type", "application/json")
          : Http.authorised(base, path.get().substring(1) + query, user.username(), Http.DEMO_PASSWORD);
      if (key.startsWith("GET /api/export/") || key.equals("GET /api/bids/{bidId}/attachments/{attachmentId}")) {
        request.setHeader("Accept", "*/*");
      }
      if (key.equals("POST /api/bids/{bidId}/attachments")) {
        request.setHeader("Content-Type", "application/octet-stream");
      }
      HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(body);
      return Optional.of(request.method(entry.method(), entry.method().equals("GET") || entry.method().equals("DELETE")
          ? HttpRequest.BodyPublishers.noBody() : publisher));
    }

    /** Empty (invalid) for one's own record; a minimal body naming the other organisation's record. */
    private String body(String key, String caller, Side side) {
      if (key.equals("POST /api/export/360giving/publication")) {
        return "{\"programme\":\"NO-SUCH-PROGRAMME\"}";
      }
      if (side == Side.OWN) {
        return "";
      }
      return switch (key) {
        case "PUT /api/bids/{id}/team" -> "[]";
        case "POST /api/variations" -> "{\"bidId\":" + bid(caller, side).orElse("0") + "}";
        default -> "{}";
      };
    }

    /** The path with its parameters filled from the caller's (or another organisation's) records. */
    Optional<String> fill(String template, String caller, Side side) {
      String path = template;
      if (path.startsWith("/api/bids/{") || path.startsWith("/api/variations")) {
        Optional<String> bid = bid(caller, side);
        if (path.startsWith("/api/bids/{") && bid.isEmpty()) {
          return Optional.empty();
        }
        path = path.replace("{id}", bid.orElse("0")).replace("{bidId}", bid.orElse("0"));
      }
      if (path.startsWith("/api/organisations/{id}")) {
        Optional<String> organisation = organisation(caller, side);
        if (organisation.isEmpty()) {
          return Optional.empty();
        }
        path = path.replace("{id}", organisation.get());
      }
      if (path.startsWith("/api/tasks/{id}")) {
        Optional<String> task = side == Side.OWN ? Optional.of("no-such-task") : otherTask(caller).map(t -> t.getString("id"));
        if (task.isEmpty()) {
          return Optional.empty();
        }
        path = path.replace("{id}", task.get());
      }
      if (path.contains("{bidReference}")) {
        Optional<String> reference = matchFunded(caller, side);
        if (reference.isEmpty()) {
          return Optional.empty();
        }
        path = path.replace("{bidReference}", reference.get()).replace("{position}", "1");
      }
      if (path.contains("{reference}")) {
        Optional<String> round = round(caller, side);
        if (round.isEmpty()) {
          return Optional.empty();
        }
        path = path.replace("{reference}", round.get()).replace("{area}", "no-such-area");
      }
      return Optional.of(path.replace("{attachmentId}", MISSING));
    }

    // --- pages

    List<String> pages() {
      List<String> failures = new ArrayList<>();
      HttpClient anonymous = client();
      for (Row entry : Matrix.pages()) {
        Answer answer = send(anonymous, HttpRequest.newBuilder(URI.create(root() + pagePath(entry, "admin", Side.OWN).orElse(entry.path()).substring(1))));
        boolean toLogin = (answer.status() == 302 || answer.status() == 303) && answer.location().contains("login.xhtml");
        String verdict = entry.open() ? (answer.status() == 200 ? null : "200") : (toLogin ? null : "a redirect to the login page");
        record(entry, "anonymous", answer.status(), verdict, Side.OWN, failures);
      }
      for (DemoUser user : users.values()) {
        HttpClient session = signedIn(user.username());
        for (Row entry : Matrix.pages()) {
          for (Side side : entry.scope().equals("RECORD") ? List.of(Side.OWN, Side.OTHER) : List.of(Side.OWN)) {
            Optional<String> path = pagePath(entry, user.username(), side);
            if (path.isEmpty()) {
              cells.merge(entry.key() + "|" + user.username(), "-", (a, b) -> a + "/" + b);
              continue;
            }
            Answer answer = send(session, HttpRequest.newBuilder(URI.create(root() + path.get().substring(1))));
            record(entry, user.username(), answer.status(), pageVerdict(entry, user, side, answer), side, failures);
          }
        }
      }
      return failures;
    }

    /** Null when as the matrix says; a polite refusal must show its message (element id not-allowed or problem). */
    String pageVerdict(Row entry, DemoUser user, Side side, Answer answer) {
      boolean allowed = entry.allows(user.roles())
          && (!entry.path().equals("/app/ranking.xhtml") || pccOffice(user.username())); // its condition
      boolean polite = !allowed && entry.refusal().equals("POLITE_PAGE");
      int expected = !allowed ? (polite ? 200 : 403) : side == Side.OTHER ? 404 : 200;
      if (polite && answer.status() == 200 && !POLITE.matcher(answer.body()).find()) {
        return "200 with the page's not-for-your-role message";
      }
      return answer.status() == expected ? null : String.valueOf(expected);
    }

    private Optional<String> pagePath(Row entry, String caller, Side side) {
      if (entry.path().equals("/app/export/*")) {
        return Optional.of("/app/export/ledger.csv");
      }
      if (entry.record() == null) {
        return Optional.of(entry.path());
      }
      String parameter = entry.record().substring(0, entry.record().indexOf('='));
      Optional<String> value = switch (entry.record().substring(entry.record().indexOf('=') + 1)) {
        case "bid" -> bid(caller, side);
        case "task" -> side == Side.OWN ? tasks.get(caller).stream().findFirst().map(t -> t.getString("id"))
            : otherTask(caller).map(t -> t.getString("id"));
        default -> rounds.stream().findFirst().map(r -> r.getString("reference"));
      };
      return value.map(v -> entry.path() + "?" + parameter + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
    }

    /** A cookie-keeping client signed in through the login form, as a browser would. */
    HttpClient signedIn(String username) {
      HttpClient client = client();
      Answer form = send(client, HttpRequest.newBuilder(URI.create(root() + "login.xhtml")));
      Matcher state = VIEW_STATE.matcher(form.body());
      assertThat(state.find()).as("the login form's view state").isTrue();
      String viewState = state.group(1) != null ? state.group(1) : state.group(2);
      String fields = form("login", "login") + "&" + form("login:username", username) + "&"
          + form("login:password", Http.DEMO_PASSWORD) + "&" + form("login:submit", "") + "&"
          + form("jakarta.faces.ViewState", viewState);
      Answer login = send(client, HttpRequest.newBuilder(URI.create(root() + "login.xhtml"))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(fields)));
      assertThat(login.location()).as("signed in as " + username + ": " + login.status()).contains("/app/home.xhtml");
      return client;
    }

    // --- fixtures

    /** A bid the caller's organisation may see (one in delivery if any), or one it may not. */
    Optional<String> bid(String caller, Side side) {
      List<JsonObject> visible = visibleBids(caller);
      Set<String> ids = new java.util.HashSet<>(visible.stream().map(b -> String.valueOf(b.getInt("id"))).toList());
      if (side == Side.OWN) {
        return visible.stream().filter(b -> b.getString("status").equals("IN_DELIVERY")).findFirst()
            .or(() -> visible.stream().findFirst()).map(b -> String.valueOf(b.getInt("id")));
      }
      return bids.stream().map(b -> String.valueOf(b.getInt("id"))).filter(id -> !ids.contains(id)).findFirst();
    }

    private List<JsonObject> visibleBids(String caller) {
      return visibleBids.computeIfAbsent(caller, c -> Http.allItems(base, "api/bids", c));
    }

    /** A bid in the caller's match-funding report (any bid's reference if the role has none), or one in nobody's of theirs. */
    private Optional<String> matchFunded(String caller, Side side) {
      Set<String> own = matchFunded.computeIfAbsent(caller, this::matchFundedBy);
      if (side == Side.OWN) {
        return own.stream().sorted().findFirst().or(() -> bids.stream().map(b -> b.getString("reference")).findFirst());
      }
      if (national(caller)) {
        return Optional.empty();
      }
      return matchFunded.computeIfAbsent("finance.national", this::matchFundedBy).stream().sorted()
          .filter(r -> !own.contains(r)).findFirst();
    }

    private Set<String> matchFundedBy(String caller) {
      Http.Reply reply = Http.get(base, "api/finance/match-funding", caller);
      return reply.status() != 200 ? Set.of() : Set.copyOf(array(reply.json().getJsonArray("bids")).stream()
          .map(b -> b.getString("bidReference")).toList());
    }

    private Optional<JsonObject> organisationOf(String username) {
      DemoUser user = DemoUsers.ALL.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
      return organisations.stream()
          .filter(o -> o.getString("name").equals(user.organisation())
              || (user.organisation().equals(o.getString("forceAreaCode", null)) && o.getString("type").equals("PCC_OFFICE")))
          .findFirst();
    }

    private boolean pccOffice(String username) {
      return organisationOf(username).map(o -> o.getString("type").equals("PCC_OFFICE")).orElse(false);
    }

    private boolean national(String username) {
      DemoUser user = DemoUsers.ALL.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
      return user.roles().contains(CandidateGroups.ADMIN) || user.roles().contains(CandidateGroups.NATIONAL_FINANCE);
    }

    Optional<String> organisation(String caller, Side side) {
      Optional<JsonObject> own = organisationOf(caller);
      if (side == Side.OWN) {
        return own.map(o -> String.valueOf(o.getInt("id")));
      }
      if (national(caller)) {
        return Optional.empty(); // national roles read every profile
      }
      return organisations.stream().filter(o -> own.isEmpty() || o.getInt("id") != own.get().getInt("id"))
          .findFirst().map(o -> String.valueOf(o.getInt("id")));
    }

    /** A round the caller's organisation funds (any for admin), or one another funder runs. */
    Optional<String> round(String caller, Side side) {
      String funder = organisationOf(caller).map(o -> o.getString("name")).orElse("");
      boolean admin = DemoUsers.ALL.stream().anyMatch(u -> u.username().equals(caller) && u.roles().contains(CandidateGroups.ADMIN));
      return rounds.stream()
          .filter(r -> side == Side.OWN ? admin || r.getString("funderName").equals(funder) : !admin && !r.getString("funderName").equals(funder))
          .findFirst().map(r -> r.getString("reference"))
          .or(() -> side == Side.OWN ? rounds.stream().findFirst().map(r -> r.getString("reference")) : Optional.empty());
    }

    /** Someone's task on a bid the caller's organisation may not see. */
    Optional<JsonObject> otherTask(String caller) {
      if (national(caller)) {
        return Optional.empty();
      }
      Set<String> visible = new java.util.HashSet<>(visibleBids(caller).stream().map(b -> String.valueOf(b.getInt("id"))).toList());
      return tasks.values().stream().flatMap(List::stream)
          .filter(t -> t.containsKey("bidId") && t.get("bidId").getValueType() == JsonValue.ValueType.NUMBER)
          .filter(t -> !visible.contains(String.valueOf(t.getInt("bidId"))))
          .findFirst();
    }

    // --- output and plumbing

    String table(String title, List<Row> entries) {
      List<String> columns = new ArrayList<>(List.of("anonymous"));
      users.values().forEach(u -> columns.add(u.username()));
      StringBuilder out = new StringBuilder("\n" + title + ": own/other status per caller (! = not as the matrix says)\n");
      out.append(String.format("%-62s", "")).append(String.join(" ", columns.stream().map(c -> String.format("%-17s", c)).toList())).append('\n');
      for (Row entry : entries) {
        out.append(String.format("%-62s", entry.key()));
        for (String column : columns) {
          out.append(String.format("%-18s", cells.getOrDefault(entry.key() + "|" + column, "")));
        }
        out.append('\n');
      }
      return out.toString();
    }

    private String root() {
      return base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    private static HttpClient client() {
      return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static Answer send(HttpClient client, HttpRequest.Builder request) {
      try {
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body() == null ? "" : response.body(),
            response.headers().firstValue("Location").orElse(""));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private static String form(String name, String value) {
      return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonValue parse(Http.Reply reply) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      return Http.parse(reply.body());
    }

    private static List<JsonObject> array(JsonValue value) {
      return ((JsonArray) value).getValuesAs(JsonObject.class);
    }
  }
}
