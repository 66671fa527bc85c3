package org.grantwell.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One person at the application: an HTTP client with its own cookie jar (the page session) and the
 * person's Basic credentials for the API. Redirects are not followed, so that a page that sends
 * the user to the login page shows as a 302 to be judged.
 */
public final class Session {

  /** A response: status, body and the Location header of a redirect. */
  public record Reply(int status, String body, Optional<String> location) {}

  /** A streamed download: status, bytes read to the end, time to the first byte, how it was sent. */
  public record Download(int status, long bytes, long firstByteNanos, String transfer) {}

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final SwappableCookies cookies = new SwappableCookies();
  private final HttpClient client;
  private final String base;
  private final String username;
  private final String password;
  private final String basic;

  public Session(String base, String username, String password) {
    this.client = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.base = base.endsWith("/") ? base : base + "/";
    this.username = username;
    this.password = password;
    this.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Forgets the page session (a new sign-in starts a new one). */
  public void clearCookies() {
    cookies.clear();
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  /** A page, as the browser asks for it (with the session cookie). */
  public Reply page(String path) {
    return send(request(path).header("Accept", "text/html").GET());
  }

  /** A form post of a page (a full, non-AJAX postback). */
  public Reply postForm(String path, Map<String, String> fields) {
    return send(request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
  }

  /** A JSF/PrimeFaces partial (AJAX) request. */
  public Reply ajax(String path, Map<String, String> fields) {
    return send(request(path)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("Accept", "application/xml, text/xml, */*; q=0.01")
        .header("Faces-Request", "partial/ajax")
        .header("X-Requested-With", "XMLHttpRequest")
        .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
  }

  /** An API call with Basic credentials; body null for none. */
  public Reply api(String method, String path, String json) {
    HttpRequest.Builder request = request(path).header("Accept", "application/json").header("Authorization", basic);
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
  }

  /** An API download read to its end, counting bytes, never holding the body. */
  public Download download(String path) {
    long start = System.nanoTime();
    try {
      HttpResponse<InputStream> response = client.send(
          request(path).header("Accept", "*/*").header("Authorization", basic).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      long bytes = 0;
      long firstByte = -1;
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = response.body()) {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          if (firstByte < 0 && n > 0) {
            firstByte = System.nanoTime() - start;
          }
          bytes += n;
        }
      }
      String transfer = response.headers().firstValue("Transfer-Encoding").map(t -> "streamed (" + t + ")")
          .orElse(response.headers().firstValue("Content-Length").map(l -> "Content-Length " + l).orElse("?"));
      return new Download(response.statusCode(), bytes, firstByte < 0 ? System.nanoTime() - start : firstByte, transfer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + (path.startsWith("/") ? path.substring(1) : path))).timeout(TIMEOUT);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)));
    return body.toString();
  }
}
