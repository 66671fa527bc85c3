package org.grantwell.db.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.grantwell.db.bid.Bid;

/** Stores and finds assessments; one per bid and assessor (the table's unique key holds it). */
@ApplicationScoped
public class AssessmentRepository {

  @PersistenceContext private EntityManager em;

  public Assessment add(Assessment assessment) {
    em.persist(assessment);
    em.flush();
    return assessment;
  }

  public Optional<Assessment> find(long id) {
    return Optional.ofNullable(em.find(Assessment.class, id));
  }

  /** The bid's assessments in the order they were created. */
  public List<Assessment> findByBid(Bid bid) {
    return em.createNamedQuery("Assessment.findByBid", Assessment.class)
        .setParameter("bid", bid)
        .getResultList();
  }

  public Optional<Assessment> find(Bid bid, String assessor) {
    return em.createNamedQuery("Assessment.findByBidAndAssessor", Assessment.class)
        .setParameter("bid", bid)
        .setParameter("assessor", assessor)
        .getResultStream()
        .findFirst();
  }

  /** How many assessments the assessor still has to score or decline. */
  public long countOpenFor(String assessor) {
    return em.createNamedQuery("Assessment.countByAssessorAndStatus", Long.class)
        .setParameter("assessor", assessor)
        .setParameter("status", AssessmentStatus.OPEN)
        .getSingleResult();
  }

  /** How many assessments each of these assessors still has to score or decline, in one query (absent: none). */
  public java.util.Map<String, Long> countOpenFor(java.util.Collection<String> assessors) {
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    if (assessors.isEmpty()) {
      return counts;
    }
    em.createQuery("SELECT a.assessor, COUNT(a) FROM Assessment a WHERE a.assessor IN :assessors AND a.status = :status"
            + " GROUP BY a.assessor", Object[].class)
        .setParameter("assessors", assessors)
        .setParameter("status", AssessmentStatus.OPEN)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }
}
