package org.grantwell.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.grantwell.workflow.model.CandidateGroups;

/**
 * Declares the identity store (the {@code app_user} tables through the server's {@code
 * jdbc/grantwell} data source, PBKDF2 hashes as {@code DemoDataService} writes them) and the
 * application's roles. Payara maps each group to the role of the same name, so {@code
 * app_user_role.role} values are the roles.
 *
 * <p>The hash parameters must match {@code DemoDataService.HASH_PARAMETERS}; a unit test checks
 * it. (Verification reads iterations and salt from the stored hash, so they only matter for hashes
 * this store would generate, but they should not drift.)
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = SecurityConfiguration.DATA_SOURCE,
    callerQuery = SecurityConfiguration.CALLER_QUERY,
    groupsQuery = SecurityConfiguration.GROUPS_QUERY,
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
      "Pbkdf2PasswordHash.Iterations=100000",
      "Pbkdf2PasswordHash.SaltSizeBytes=32",
      "Pbkdf2PasswordHash.KeySizeBytes=32"
    })
@DeclareRoles({
  CandidateGroups.PCC_BIDDER,
  CandidateGroups.PARTNER_BIDDER,
  CandidateGroups.PROVIDER_BIDDER,
  CandidateGroups.PCC_SIGNOFF,
  CandidateGroups.FINANCE_LEAD,
  CandidateGroups.NATIONAL_FINANCE,
  CandidateGroups.ASSESSOR,
  CandidateGroups.PANEL,
  CandidateGroups.GRANT_OFFICER,
  CandidateGroups.ADMIN
})
@ApplicationScoped
public class SecurityConfiguration {

  /** The server-level data source (created by asadmin, shared with the persistence unit). */
  public static final String DATA_SOURCE = "jdbc/grantwell";

  /** Disabled accounts have no password as far as the store is concerned. */
  public static final String CALLER_QUERY =
      "select password_hash from app_user where username = ? and enabled = true";

  public static final String GROUPS_QUERY =
      "select r.role from app_user_role r join app_user u on u.id = r.app_user_id"
          + " where u.username = ?";
}
