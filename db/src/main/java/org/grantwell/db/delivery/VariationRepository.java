package org.grantwell.db.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.grantwell.db.bid.Bid;

/** Stores and finds variation requests. */
@ApplicationScoped
public class VariationRepository {

  @PersistenceContext private EntityManager em;

  public Variation add(Variation variation) {
    em.persist(variation);
    em.flush();
    return variation;
  }

  public Optional<Variation> find(long id) {
    return Optional.ofNullable(em.find(Variation.class, id));
  }

  /** The bid's variations in the order they were requested. */
  public List<Variation> findByBid(Bid bid) {
    return em.createNamedQuery("Variation.findByBid", Variation.class)
        .setParameter("bid", bid)
        .getResultList();
  }
}
