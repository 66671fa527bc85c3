package org.grantwell.db.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores the failed sign-ins per username ({@link LoginFailure}). */
@ApplicationScoped
public class LoginFailureRepository {

  @PersistenceContext private EntityManager em;

  public Optional<LoginFailure> find(String username) {
    return Optional.ofNullable(em.find(LoginFailure.class, username));
  }

  /** The row locked until the transaction ends, so that concurrent failures count one by one. */
  public Optional<LoginFailure> findForUpdate(String username) {
    return Optional.ofNullable(
        em.find(LoginFailure.class, username, LockModeType.PESSIMISTIC_WRITE));
  }

  public LoginFailure store(LoginFailure failure) {
    em.persist(failure);
    return failure;
  }

  /** Forgets a username's failures (after a successful sign-in); true if there were any. */
  public boolean delete(String username) {
    return em.createQuery("DELETE FROM LoginFailure f WHERE f.username = :username")
            .setParameter("username", username)
            .executeUpdate()
        > 0;
  }
}
