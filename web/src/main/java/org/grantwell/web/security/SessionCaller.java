package org.grantwell.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on a page session, kept as a session attribute so that it travels with the session
 * when Payara replicates it to the other instances of a cluster (the container's own registration
 * of the caller stays on the instance that made it). Written only at a successful form sign-in,
 * after the session id was renewed; gone when the session is invalidated at sign-out.
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

  static final String ATTRIBUTE = "org.grantwell.login.caller";

  SessionCaller {
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }

  static void remember(HttpSession session, String name, Set<String> groups) {
    if (session != null) {
      session.setAttribute(ATTRIBUTE, new SessionCaller(name, groups));
    }
  }

  static SessionCaller of(HttpSession session) {
    if (session == null) {
      return null;
    }
    return session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller ? caller : null;
  }
}
