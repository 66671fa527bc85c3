package org.grantwell.db.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores and finds awards by their bid's id. */
@ApplicationScoped
public class AwardRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Award> find(long bidId) {
    return Optional.ofNullable(em.find(Award.class, bidId));
  }

  public Award add(Award award) {
    em.persist(award);
    em.flush();
    return award;
  }

  /** The award with its row locked until the transaction ends, so that steps on it take turns. */
  public Optional<Award> lock(long bidId) {
    return Optional.ofNullable(em.find(Award.class, bidId, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Every award decided in favour (in full or in part) whose offer has not lapsed, oldest first. */
  public java.util.List<Award> findFunded() {
    return em.createQuery(
            "SELECT a FROM Award a WHERE a.decision IN :funded"
                + " AND (a.offerStatus IS NULL OR a.offerStatus <> :lapsed) ORDER BY a.decidedAt, a.bidId",
            Award.class)
        .setParameter("funded", java.util.List.of(FundingDecision.FUND, FundingDecision.PART_FUND))
        .setParameter("lapsed", OfferStatus.LAPSED)
        .getResultList();
  }
}
