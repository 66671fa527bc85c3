package org.grantwell.db.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores and finds organisation profiles. */
@ApplicationScoped
public class OrganisationProfileRepository {

  @PersistenceContext private EntityManager em;

  /** The profile of the organisation; empty until its first save. */
  public Optional<OrganisationProfile> find(long organisationId) {
    return Optional.ofNullable(em.find(OrganisationProfile.class, organisationId));
  }

  /** Stores a first profile and writes it at once, so that it has its version (1). */
  public OrganisationProfile add(OrganisationProfile profile) {
    em.persist(profile);
    em.flush();
    return profile;
  }

  /**
   * Locks the organisation's row until the transaction ends ({@code SELECT ... FOR UPDATE}), so
   * that two saves of one profile, even two first saves, run one after the other: the second then
   * sees the first one's version and is refused as stale instead of failing on the primary key.
   */
  public void lockOrganisation(Organisation organisation) {
    em.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
  }

  public void flush() {
    em.flush();
  }
}
