package org.grantwell.web.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Set;
import org.grantwell.workflow.security.Caller;

/**
 * The role check of a page that only some roles may open, as an f:viewAction: anyone else gets
 * 403, as the API answers them, and the page renders nothing. The roles are those of the page's
 * entry in the authorisation matrix.
 */
public final class PageAccess {

  private PageAccess() {}

  /** True when the caller holds one of the roles; otherwise answers 403 and ends the response. */
  public static boolean require(java.util.Optional<Caller> caller, Set<String> roles, String what) throws IOException {
    if (caller.isPresent() && roles.stream().anyMatch(caller.get()::hasRole)) {
      return true;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(403, what + " is not for your role");
    faces.responseComplete();
    return false;
  }
}
