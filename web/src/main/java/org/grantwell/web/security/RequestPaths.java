package org.grantwell.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Which authentication a request gets, by its path inside the application: the API under {@code
 * /api} (HTTP Basic only), the pages under {@code /app} (login required) and everything else
 * (public pages, Faces resources, static files).
 *
 * <p>Prefixes are matched without regard to case, so that a case-insensitive file system cannot
 * serve {@code /APP/...} as a public page.
 */
public final class RequestPaths {

  /** The kinds of request, each with its own rules in the authentication mechanism. */
  public enum Kind {
    /** {@code /api} and below: HTTP Basic only, the session is ignored. */
    API,
    /** {@code /app} and below: pages that need a logged-in user. */
    PROTECTED_PAGE,
    /** Everything else: {@code /}, {@code /index.xhtml}, {@code /login.xhtml}, resources. */
    PUBLIC
  }

  static final String API_ROOT = "/api";
  static final String APP_ROOT = "/app";
  private static final int MAX_CONTINUE_LENGTH = 2_000;

  private RequestPaths() {}

  public static Kind classify(String pathWithinApplication) {
    String path = pathWithinApplication == null ? "" : pathWithinApplication;
    if (isUnder(path, API_ROOT)) {
      return Kind.API;
    }
    if (isUnder(path, APP_ROOT)) {
      return Kind.PROTECTED_PAGE;
    }
    return Kind.PUBLIC;
  }

  public static Kind classify(HttpServletRequest request) {
    return classify(pathWithinApplication(request));
  }

  /**
   * The path the container dispatches on: servlet path plus path info, which the container has
   * already decoded, normalised and stripped of {@code ;jsessionid=} parameters. Falls back to the
   * request URI without the context path when both are empty.
   */
  public static String pathWithinApplication(HttpServletRequest request) {
    String path = nullToEmpty(request.getServletPath()) + nullToEmpty(request.getPathInfo());
    if (!path.isEmpty()) {
      return path;
    }
    String uri = nullToEmpty(request.getRequestURI());
    String context = nullToEmpty(request.getContextPath());
    String rest = uri.startsWith(context) ? uri.substring(context.length()) : uri;
    int parameters = rest.indexOf(';');
    return parameters < 0 ? rest : rest.substring(0, parameters);
  }

  /**
   * A page path that is safe to redirect to after login: a plain path under {@code /app/} (with an
   * optional query), never another host, scheme or a path that climbs out of {@code /app}.
   */
  public static Optional<String> safeContinuePath(String candidate) {
    if (candidate == null
        || candidate.length() > MAX_CONTINUE_LENGTH
        || classify(candidate) != Kind.PROTECTED_PAGE
        || !candidate.regionMatches(true, 0, APP_ROOT + "/", 0, APP_ROOT.length() + 1)
        || candidate.contains("//")
        || candidate.contains("\\")
        || candidate.contains("..")
        || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(candidate);
      return uri.getScheme() == null && uri.getRawAuthority() == null
          ? Optional.of(candidate)
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static boolean isUnder(String path, String root) {
    if (!path.regionMatches(true, 0, root, 0, root.length())) {
      return false;
    }
    return path.length() == root.length() || path.charAt(root.length()) == '/';
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
