package org.grantwell.db.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and finds funding rounds. */
@ApplicationScoped
public class FundingRoundRepository {

  /**
   * A find by id would take the round from the shared cache unseen (EclipseLink's {@code find}
   * does not honour {@code disableHits}): this makes it select the row, so the version is checked
   * as on every other read of a round ({@link FundingRound}).
   */
  private static final Map<String, Object> READ_THE_ROW =
      Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS);

  @PersistenceContext private EntityManager em;

  public Optional<FundingRound> find(long id) {
    return Optional.ofNullable(em.find(FundingRound.class, id, READ_THE_ROW));
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
