package org.grantwell.db.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the funding programmes. */
@ApplicationScoped
public class FundingProgrammeRepository {

  @PersistenceContext private EntityManager em;

  public List<FundingProgramme> findAll() {
    return em.createNamedQuery("FundingProgramme.findAll", FundingProgramme.class).getResultList();
  }

  public Optional<FundingProgramme> findByCode(String code) {
    return em.createNamedQuery("FundingProgramme.findByCode", FundingProgramme.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
