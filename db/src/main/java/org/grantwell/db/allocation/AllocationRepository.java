package org.grantwell.db.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.shared.Money;

/** Stores and finds formula allocations. */
@ApplicationScoped
public class AllocationRepository {

  @PersistenceContext private EntityManager em;

  public Allocation add(Allocation allocation) {
    em.persist(allocation);
    em.flush();
    return allocation;
  }

  public Optional<Allocation> find(long id) {
    return Optional.ofNullable(em.find(Allocation.class, id));
  }

  /** The round's allocations by force area name. */
  public List<Allocation> findByRound(FundingRound round) {
    return em.createNamedQuery("Allocation.findByRound", Allocation.class)
        .setParameter("round", round)
        .getResultList();
  }

  public Optional<Allocation> find(FundingRound round, Organisation organisation) {
    return em.createNamedQuery("Allocation.findByRoundAndOrganisation", Allocation.class)
        .setParameter("round", round)
        .setParameter("organisation", organisation)
        .getResultStream()
        .findFirst();
  }

  /** What the organisation was allocated over all rounds, core and ring-fenced; zero when nothing. */
  public Money totalForOrganisation(long organisationId) {
    Money total = Money.ZERO;
    for (Allocation allocation :
        em.createNamedQuery("Allocation.findByOrganisationId", Allocation.class)
            .setParameter("organisationId", organisationId)
            .getResultList()) {
      total = total.plus(allocation.total());
    }
    return total;
  }
}
