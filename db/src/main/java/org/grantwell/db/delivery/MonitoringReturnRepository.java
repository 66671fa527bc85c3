package org.grantwell.db.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.Money;

/** Stores and finds monitoring returns; sums the spend that grant officers verified. */
@ApplicationScoped
public class MonitoringReturnRepository {

  @PersistenceContext private EntityManager em;

  public MonitoringReturn add(MonitoringReturn monitoringReturn) {
    em.persist(monitoringReturn);
    em.flush();
    return monitoringReturn;
  }

  public Optional<MonitoringReturn> find(long id) {
    return Optional.ofNullable(em.find(MonitoringReturn.class, id));
  }

  /** The bid's returns by financial year and quarter, a quarter's final return after its ordinary one. */
  public List<MonitoringReturn> findByBid(Bid bid) {
    return em.createNamedQuery("MonitoringReturn.findByBid", MonitoringReturn.class)
        .setParameter("bid", bid)
        .getResultList();
  }

  public Optional<MonitoringReturn> find(Bid bid, FinancialQuarter period, boolean finalReturn) {
    return em.createNamedQuery("MonitoringReturn.findByPeriod", MonitoringReturn.class)
        .setParameter("bid", bid)
        .setParameter("year", period.year().startYear())
        .setParameter("quarter", period.number())
        .setParameter("finalReturn", finalReturn)
        .getResultStream()
        .findFirst();
  }

  /** The spend of the bid's verified returns; zero when none is verified. */
  public Money verifiedSpend(Bid bid) {
    Money total = Money.ZERO;
    for (MonitoringReturn verified :
        em.createNamedQuery("MonitoringReturn.findByBidAndStatus", MonitoringReturn.class)
            .setParameter("bid", bid)
            .setParameter("status", ReturnStatus.VERIFIED)
            .getResultList()) {
      total = total.plus(verified.totalSpend());
    }
    return total;
  }

  /**
   * The verified ordinary returns, for one quarter, of the bids in rounds an organisation funds (a
   * PCC office's providers), oldest first.
   */
  public List<MonitoringReturn> verifiedCommissioned(long funderId, FinancialQuarter period) {
    return em.createQuery(
            "SELECT r FROM MonitoringReturn r WHERE r.bid.round.funder.id = :funder AND r.status = :status"
                + " AND r.financialYear = :year AND r.quarter = :quarter AND r.finalReturn = FALSE ORDER BY r.id",
            MonitoringReturn.class)
        .setParameter("funder", funderId)
        .setParameter("status", ReturnStatus.VERIFIED)
        .setParameter("year", period.year().startYear())
        .setParameter("quarter", period.number())
        .getResultList();
  }
}
