package org.grantwell.db.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores and finds the application's users. */
@ApplicationScoped
public class AppUserRepository {

  @PersistenceContext private EntityManager em;

  public Optional<AppUser> find(long id) {
    return Optional.ofNullable(em.find(AppUser.class, id));
  }

  public Optional<AppUser> findByUsername(String username) {
    return em.createNamedQuery("AppUser.findByUsername", AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** A user's display name and organisation name in one statement (the entity would bring its roles too). */
  public Optional<UserNames> names(String username) {
    return em.createQuery(
            "SELECT NEW org.grantwell.db.user.UserNames(u.displayName, o.name) FROM AppUser u JOIN u.organisation o"
                + " WHERE u.username = :username",
            UserNames.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The caller's account facts in one statement (no roles, no password), for the per-request
   * caller: loading the entity costs three (the user, its roles, its organisation).
   */
  public Optional<CallerFacts> callerFacts(String username) {
    return em.createQuery(
            "SELECT NEW org.grantwell.db.user.CallerFacts(u.id, u.username, o.id, o.type, h.code, a.code)"
                + " FROM AppUser u JOIN u.organisation o LEFT JOIN u.homeForceArea h LEFT JOIN o.forceArea a"
                + " WHERE u.username = :username",
            CallerFacts.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public AppUser store(AppUser user) {
    if (user.getId() == null) {
      em.persist(user);
      return user;
    }
    return em.merge(user);
  }

  /** The enabled users of an organisation who hold a role, by username. */
  public java.util.List<AppUser> findByOrganisationAndRole(long organisationId, String role) {
    return em.createQuery(
            "SELECT u FROM AppUser u WHERE u.organisation.id = :organisation AND u.enabled = TRUE"
                + " AND :role MEMBER OF u.roles ORDER BY u.username",
            AppUser.class)
        .setParameter("organisation", organisationId)
        .setParameter("role", role)
        // everyone's roles in one more query (EclipseLink's batch reading), not one per person
        .setHint("eclipselink.batch", "u.roles")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult();
  }
}
