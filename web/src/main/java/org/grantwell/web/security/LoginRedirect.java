package org.grantwell.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends an anonymous visitor of a protected page to the login page. A plain GET remembers where it
 * was going in a {@code continue} parameter (check it with {@link RequestPaths#safeContinuePath}
 * before following it); a JSF Ajax request gets a {@code <partial-response><redirect>} instead of a
 * 302, which the Faces JavaScript would not follow.
 */
final class LoginRedirect {

  static final String LOGIN_PAGE = "/login.xhtml";

  static final String CONTINUE_PARAMETER = "continue";

  private static final Logger LOG = Logger.getLogger(LoginRedirect.class.getName());

  private LoginRedirect() {}

  static AuthenticationStatus send(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String location = location(request);
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return sendPartialRedirect(response, location);
    }
    return context.redirect(location);
  }

  static String location(HttpServletRequest request) {
    String login = nullToEmpty(request.getContextPath()) + LOGIN_PAGE;
    if (!"GET".equalsIgnoreCase(request.getMethod())) {
      return login;
    }
    String target = RequestPaths.pathWithinApplication(request);
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return RequestPaths.safeContinuePath(target)
        .map(path -> login + "?" + CONTINUE_PARAMETER + "=" + encode(path))
        .orElse(login);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static AuthenticationStatus sendPartialRedirect(
      HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    try {
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + xmlAttribute(location)
                  + "\"></redirect></partial-response>");
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not write the Ajax redirect to the login page", e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static String xmlAttribute(String value) {
    return value
        .replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
