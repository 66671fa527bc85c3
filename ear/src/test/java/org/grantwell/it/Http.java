package org.grantwell.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for tests that talk to the running application as a browser or API client would. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** A response: status and body. */
  public record Reply(int status, String body) {
    public JsonObject json() {
      return (JsonObject) parse(body);
    }
  }

  private Http() {}

  public static Reply get(URL base, String path) {
    return send(HttpRequest.newBuilder(resolve(base, path)).GET().header("Accept", "application/json"));
  }

  /** The demo users' password. */
  public static final String DEMO_PASSWORD = "grantwell-demo";

  public static Reply get(URL base, String path, String user) {
    return send(authorised(base, path, user, DEMO_PASSWORD).GET());
  }

  public static Reply post(URL base, String path, String user, String json) {
    return send(authorised(base, path, user, DEMO_PASSWORD).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static Reply put(URL base, String path, String user, String json) {
    return send(authorised(base, path, user, DEMO_PASSWORD).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static HttpRequest.Builder authorised(URL base, String path, String user, String password) {
    String token =
        java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(resolve(base, path))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + token);
  }

  public static HttpResponse<byte[]> download(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI resolve(URL base, String path) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return URI.create(root + (path.startsWith("/") ? path.substring(1) : path));
  }

  /**
   * Every item of a paged list ({@code items}, {@code total}), page by page: a test that needs all
   * the bids a user sees must not stop at the first page, which other tests' bids push records off.
   */
  public static java.util.List<JsonObject> allItems(URL base, String path, String user) {
    java.util.List<JsonObject> items = new java.util.ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    for (int page = 0; ; page++) {
      Reply reply = get(base, path + separator + "size=100&page=" + page, user);
      if (reply.status() != 200) {
        throw new IllegalStateException("GET " + path + " page " + page + " as " + user + ": " + reply.status() + " " + reply.body());
      }
      JsonObject json = reply.json();
      json.getJsonArray("items").forEach(item -> items.add(item.asJsonObject()));
      if (json.getJsonArray("items").isEmpty() || items.size() >= json.getJsonNumber("total").longValue()) {
        return items;
      }
    }
  }

  public static JsonStructure parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }
}
