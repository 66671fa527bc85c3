package org.grantwell.db.user;

import org.grantwell.db.organisation.OrganisationType;

/**
 * What a request needs to know about its caller's account, read in one statement: the account's
 * id, its organisation (id and type) and the force areas of the user and of the organisation.
 */
public record CallerFacts(
    long userId,
    String username,
    long organisationId,
    OrganisationType organisationType,
    String homeAreaCode,
    String organisationAreaCode) {

  /** The force area the caller belongs to: their home area, else their organisation's; null for neither. */
  public String forceAreaCode() {
    return homeAreaCode != null ? homeAreaCode : organisationAreaCode;
  }
}
