package org.grantwell.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The running cluster as the tests see it: nginx in front ({@link #LB}), the two instances behind
 * it, the database they share, and the script that kills and starts instances. Every response
 * through nginx names the instance that served it (header {@code X-Grantwell-Upstream}); the
 * counts per instance are kept here.
 */
final class Cluster {

  static final String LB = System.getProperty("grantwell.cluster.url", "http://127.0.0.1:14090/");
  static final Map<String, String> INSTANCES = Map.of("grantwell-a", "http://127.0.0.1:14180/", "grantwell-b", "http://127.0.0.1:14280/");
  static final String PASSWORD = "grantwell-demo";

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Map<String, AtomicLong> SERVED = new ConcurrentHashMap<>();

  private Cluster() {}

  /** A response: status, body and the instance (host:port) that served it. */
  record Reply(int status, String body, String upstream, HttpResponse<String> raw) {
    JsonObject json() {
      return (JsonObject) parse(body);
    }
  }

  static String instanceOf(String upstream) {
    if (upstream == null) {
      return "none";
    }
    // on a retry nginx names both upstreams, "a:1, b:2": the last one answered
    String last = upstream.substring(upstream.lastIndexOf(',') + 1).trim();
    return INSTANCES.entrySet().stream().filter(e -> e.getValue().contains(last)).map(Map.Entry::getKey).findFirst().orElse(last);
  }

  static Map<String, Long> served() {
    return SERVED.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
  }

  static void resetServed() {
    SERVED.clear();
  }

  static Reply get(String path, String user) {
    return send(LB, request(LB, path, user).GET());
  }

  static Reply post(String path, String user, String json) {
    return send(LB, request(LB, path, user).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static Reply put(String path, String user, String json) {
    return send(LB, request(LB, path, user).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  static HttpRequest.Builder request(String base, String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "application/json").header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(120));
    if (user != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  static Reply send(String base, HttpRequest.Builder request) {
    return send(CLIENT, base, request);
  }

  static Reply send(HttpClient client, String base, HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String upstream = response.headers().firstValue("X-Grantwell-Upstream").orElse(null);
      if (base.equals(LB)) {
        SERVED.computeIfAbsent(instanceOf(upstream), k -> new AtomicLong()).incrementAndGet();
      }
      return new Reply(response.statusCode(), response.body(), upstream, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A browser: its own cookies (the session), form posts and JSF ajax posts through nginx. */
  static final class Browser {
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    Reply get(String path) {
      return send(client, LB, HttpRequest.newBuilder(URI.create(LB + path)).timeout(Duration.ofSeconds(120)).GET());
    }

    Reply post(String path, Map<String, String> form, boolean ajax) {
      String body = form.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(LB + path)).timeout(Duration.ofSeconds(120))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
      if (ajax) {
        request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
      }
      return send(client, LB, request);
    }

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    /** The page's CSP nonce, which PrimeFaces sends back with every ajax request. */
    static String nonce(String html) {
      Matcher m = NONCE.matcher(html);
      if (!m.find()) {
        throw new AssertionError("no CSP nonce in the page");
      }
      return m.group(1);
    }

    static String viewState(String html) {
      Matcher m = VIEW_STATE.matcher(html);
      if (!m.find()) {
        throw new AssertionError("no jakarta.faces.ViewState in " + html.substring(0, Math.min(html.length(), 2000)));
      }
      return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    /** Signs in through the login page, as a person would. */
    void login(String user) {
      Reply page = get("login.xhtml");
      if (page.status() != 200) {
        throw new AssertionError("login page: " + page.status());
      }
      Reply signedIn = post("login.xhtml", Map.of("login", "login", "login:username", user, "login:password", PASSWORD,
          "login:submit", "", "jakarta.faces.ViewState", viewState(page.body())), false);
      if (signedIn.status() != 302 || signedIn.raw().headers().firstValue("Location").orElse("").contains("login")) {
        throw new AssertionError("sign-in of " + user + " answered " + signedIn.status() + " " + signedIn.raw().headers().map() + signedIn.body());
      }
    }
  }

  static JsonStructure parse(String body) {
    return Json.createReader(new StringReader(body)).read();
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("grantwell.cluster.db.url", "jdbc:postgresql://127.0.0.1:5432/grantwell_cluster"),
        System.getProperty("grantwell.cluster.db.user", "postgres"),
        System.getProperty("grantwell.cluster.db.password", "unused"));
  }

  static long count(String sql) {
    try (Connection connection = connect(); Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static int update(String sql) {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      return statement.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** ./grantwell cluster kill|start-instance NAME */
  static void script(String... args) {
    File script = new File(System.getProperty("grantwell.script", "../grantwell"));
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = script.getAbsolutePath();
    System.arraycopy(args, 0, command, 2, args.length);
    try {
      Process process = new ProcessBuilder(command).directory(script.getAbsoluteFile().getParentFile()).inheritIO().start();
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new AssertionError("./grantwell " + String.join(" ", args) + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static boolean healthy(String instance) {
    try {
      return send(INSTANCES.get(instance), request(INSTANCES.get(instance), "api/health", null).GET()).status() == 200;
    } catch (RuntimeException down) {
      return false;
    }
  }

  static void await(String what, Duration patience, java.util.function.BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + " did not happen within " + patience);
      }
      Thread.sleep(500);
    }
  }
}
