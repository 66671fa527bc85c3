package org.grantwell.db.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the force areas. */
@ApplicationScoped
public class ForceAreaRepository {

  @PersistenceContext private EntityManager em;

  public List<ForceArea> findAll() {
    return em.createNamedQuery("ForceArea.findAll", ForceArea.class).getResultList();
  }

  public Optional<ForceArea> findByCode(String code) {
    return em.createNamedQuery("ForceArea.findByCode", ForceArea.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM ForceArea a", Long.class).getSingleResult();
  }
}
