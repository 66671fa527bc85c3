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

  public AppUser store(AppUser user) {
    if (user.getId() == null) {
      em.persist(user);
      return user;
    }
    return em.merge(user);
  }

  public long count() {
    return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult();
  }
}
