package org.grantwell.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in, and with which groups, as {@link GrantwellAuthenticationMechanism} established it:
 *
 * <ul>
 *   <li><b>In the session</b> ({@link #SESSION_ATTRIBUTE}), written only at a successful form
 *       sign-in after the session id was renewed, gone when the session is invalidated at
 *       sign-out. It travels with the session when Payara replicates it to the other instances
 *       of a cluster (the container's own registration of the caller stays on the instance that
 *       made it), and page requests continue the caller from it.
 *   <li><b>On the request</b> ({@link #REQUEST_ATTRIBUTE}), set whenever the mechanism told the
 *       container who the caller is (API Basic call, page request, sign-in), so that {@link
 *       CurrentCaller} reads the groups once instead of asking the security context role by role
 *       (each a JACC permission check). A client cannot set a request attribute.
 * </ul>
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

  static final String SESSION_ATTRIBUTE = "org.grantwell.login.caller";
  static final String REQUEST_ATTRIBUTE = "org.grantwell.request.caller";

  SignedInCaller {
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }

  static void rememberInSession(HttpSession session, String name, Set<String> groups) {
    if (session != null) {
      session.setAttribute(SESSION_ATTRIBUTE, new SignedInCaller(name, groups));
    }
  }

  static SignedInCaller inSession(HttpSession session) {
    if (session == null) {
      return null;
    }
    return session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedInCaller caller ? caller : null;
  }

  static void rememberForRequest(HttpServletRequest request, String name, Set<String> groups) {
    request.setAttribute(REQUEST_ATTRIBUTE, new SignedInCaller(name, groups));
  }

  static SignedInCaller ofRequest(HttpServletRequest request) {
    return request != null && request.getAttribute(REQUEST_ATTRIBUTE) instanceof SignedInCaller caller ? caller : null;
  }
}
