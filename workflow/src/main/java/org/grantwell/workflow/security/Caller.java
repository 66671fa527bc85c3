package org.grantwell.workflow.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import org.grantwell.workflow.model.CandidateGroups;

/**
 * The person a service acts for: their account, the organisation they act for and their roles.
 * Plain data with no web types, so that process delegates (which run without an HTTP request) can
 * be handed one as well as REST resources and pages.
 *
 * @param username the login name ({@code app_user.username})
 * @param userId {@code app_user.id}
 * @param organisationId the organisation the user acts for
 * @param organisationType the {@link org.grantwell.db.organisation.OrganisationType} name of it
 * @param forceAreaCode the user's home force area, else the organisation's force area; null for
 *     national bodies without either (the Home Office panel, grant officers, national finance)
 * @param roles the security roles, identical to the {@link CandidateGroups}
 */
public record Caller(
    String username,
    Long userId,
    Long organisationId,
    String organisationType,
    String forceAreaCode,
    Set<String> roles)
    implements Serializable {

  public Caller {
    Objects.requireNonNull(username, "username");
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return role != null && roles.contains(role);
  }

  /** True for the roles that see every force area: national finance and admin. */
  public boolean isNational() {
    return hasRole(CandidateGroups.NATIONAL_FINANCE) || hasRole(CandidateGroups.ADMIN);
  }
}
