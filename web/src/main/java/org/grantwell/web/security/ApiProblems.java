package org.grantwell.web.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's authentication answers as small problem+json bodies: {@code
 * {"status":401,"title":"Unauthorized","detail":"..."}}, with the Basic challenge on every 401.
 * Written either straight to the servlet response (from the authentication mechanism, before
 * JAX-RS runs) or as a JAX-RS {@link Response} (from filters and exception mappers).
 */
public final class ApiProblems {

  public static final String REALM = "Grantwell";

  /** The {@code WWW-Authenticate} value of every 401 the API sends. */
  public static final String BASIC_CHALLENGE = "Basic realm=\"" + REALM + "\"";

  public static final String PROBLEM_JSON = "application/problem+json";

  static final String SIGN_IN =
      "Send HTTP Basic credentials (username and password) to use this resource.";

  static final String BAD_CREDENTIALS =
      "The username or password is not correct, or the account is disabled.";

  /** The same for every username, existing or not. */
  static final String LOCKED_OUT =
      "Too many failed sign-ins for this username; it is refused for a while. Try again later.";

  static final String MALFORMED_CREDENTIALS =
      "The Authorization header does not hold HTTP Basic credentials"
          + " (base64 of username:password).";

  static final String STORE_UNAVAILABLE =
      "Credentials cannot be checked just now; try again shortly.";

  static final String FORBIDDEN = "Your roles do not allow this request.";

  private static final Logger LOG = Logger.getLogger(ApiProblems.class.getName());

  private ApiProblems() {}

  /** 401 with the Basic challenge, written to the servlet response. */
  static void writeUnauthorized(HttpServletResponse response, String detail) {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
    write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
  }

  /** 503 when the identity store fails (database down), written to the servlet response. */
  static void writeUnavailable(HttpServletResponse response) {
    write(
        response,
        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        "Service Unavailable",
        STORE_UNAVAILABLE);
  }

  /** 401 with the Basic challenge, for JAX-RS. */
  public static Response unauthorized(String detail) {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .type(PROBLEM_JSON)
        .entity(json(401, "Unauthorized", detail))
        .build();
  }

  /** 403 for an authenticated caller without the role, for JAX-RS. */
  public static Response forbidden(String detail) {
    return Response.status(Response.Status.FORBIDDEN)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .type(PROBLEM_JSON)
        .entity(json(403, "Forbidden", detail))
        .build();
  }

  static String json(int status, String title, String detail) {
    return "{\"status\":"
        + status
        + ",\"title\":\""
        + escape(title)
        + "\",\"detail\":\""
        + escape(detail)
        + "\"}";
  }

  private static void write(HttpServletResponse response, int status, String title, String detail) {
    response.setStatus(status);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setContentType(PROBLEM_JSON);
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write(json(status, title, detail));
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not write the {0} body; the client has probably gone", status);
    }
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
