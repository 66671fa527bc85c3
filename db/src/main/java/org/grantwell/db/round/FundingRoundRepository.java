package org.grantwell.db.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores and finds funding rounds. */
@ApplicationScoped
public class FundingRoundRepository {

  @PersistenceContext private EntityManager em;

  public Optional<FundingRound> find(long id) {
    return Optional.ofNullable(em.find(FundingRound.class, id));
  }

  public Optional<FundingRound> findByReference(String reference) {
    return em.createNamedQuery("FundingRound.findByReference", FundingRound.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  public List<FundingRound> findAll() {
    return em.createNamedQuery("FundingRound.findAll", FundingRound.class).getResultList();
  }

  public List<FundingRound> findOpenAt(Instant now) {
    return em.createNamedQuery("FundingRound.findOpenAt", FundingRound.class)
        .setParameter("now", now)
        .getResultList();
  }

  public FundingRound store(FundingRound round) {
    if (round.getId() == null) {
      em.persist(round);
      em.flush();
      return round;
    }
    return em.merge(round);
  }
}
