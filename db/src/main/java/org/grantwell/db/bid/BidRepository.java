package org.grantwell.db.bid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grantwell.db.bid.rules.AreaContext;
import org.grantwell.db.shared.Money;

/** Stores and finds bids; searches page and filter in SQL. */
@ApplicationScoped
public class BidRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Bid> find(long id) {
    return Optional.ofNullable(em.find(Bid.class, id));
  }

  public Optional<Bid> findByReference(String reference) {
    return em.createNamedQuery("Bid.findByReference", Bid.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  /** Stores a new bid and gives it its reference ({@code GW-<id>}). */
  public Bid add(Bid bid) {
    em.persist(bid);
    bid.assignReference("GW-" + bid.getId());
    em.flush();
    return bid;
  }

  /** Stores the next immutable version of the bid, numbered after the last one. */
  public BidVersion addVersion(Bid bid, String reason, org.grantwell.db.shared.Money grant, String snapshot, String actor, java.time.Instant now) {
    Integer last =
        em.createNamedQuery("BidVersion.latestNumber", Integer.class).setParameter("bid", bid).getSingleResult();
    BidVersion version = new BidVersion(bid, last == null ? 1 : last + 1, reason, grant, snapshot, actor, now);
    em.persist(version);
    return version;
  }

  public List<BidVersion> versions(Bid bid) {
    return em.createNamedQuery("BidVersion.findByBid", BidVersion.class).setParameter("bid", bid).getResultList();
  }

  /** Another bid of the same round and force area that holds {@code rank}, if any. */
  public Optional<Bid> holderOfRank(Bid bid, int rank) {
    return em.createQuery(
            "SELECT b FROM Bid b WHERE b.round = :round AND b.forceArea = :area AND b.areaRank = :rank AND b.id <> :id",
            Bid.class)
        .setParameter("round", bid.getRound())
        .setParameter("area", bid.getForceArea())
        .setParameter("rank", rank)
        .setParameter("id", bid.getId())
        .getResultStream()
        .findFirst();
  }

  /** The newest version of a bid sent on for the given reason (SIGN_OFF, SUBMITTED, ...). */
  public Optional<BidVersion> latestVersion(Bid bid, String reason) {
    List<BidVersion> all = versions(bid);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).getReason().equals(reason)) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /** The codes of the force areas with a bid that reached the funder (submitted or later). */
  public java.util.Set<String> areasThatBid() {
    return new java.util.HashSet<>(em.createQuery(
            "SELECT DISTINCT b.forceArea.code FROM Bid b WHERE b.status NOT IN :notSubmitted", String.class)
        .setParameter("notSubmitted", java.util.List.of(BidStatus.DRAFT, BidStatus.AWAITING_SIGN_OFF, BidStatus.SIGNED_OFF,
            BidStatus.READY_TO_SUBMIT, BidStatus.LATE, BidStatus.WITHDRAWN))
        .getResultList());
  }

  public void lock(Bid bid, jakarta.persistence.LockModeType mode) {
    em.lock(bid, mode);
  }

  public void flush() {
    em.flush();
  }

  /**
   * The bids of a round that a PCC office ranks and signs off (those of its force area, whoever
   * leads them), ranked ones first by rank, then the rest by reference, with their lead
   * organisations in the same query.
   */
  public List<Bid> findForOffice(long roundId, long pccOfficeId) {
    return em.createQuery(
            "SELECT b FROM Bid b JOIN FETCH b.leadOrganisation WHERE b.round.id = :round AND b.pccOffice.id = :office"
                + " ORDER BY CASE WHEN b.areaRank IS NULL THEN 1 ELSE 0 END, b.areaRank, b.reference",
            Bid.class)
        .setParameter("round", roundId)
        .setParameter("office", pccOfficeId)
        .getResultList();
  }

  /**
   * The other live bids of the bid's round in its force area, whoever leads them: how many and the
   * grant they ask for, summed in SQL (loading each bid's budget made this one query per bid in
   * the area, on every save and every submission).
   */
  public AreaContext areaContext(Bid bid) {
    String others = " FROM bid o WHERE o.funding_round_id = ?%d AND o.force_area_id = ?%d AND o.id <> ?%d"
        + " AND o.status <> 'WITHDRAWN'";
    Object[] row = (Object[]) em.createNativeQuery(
            "SELECT (SELECT COUNT(*)" + others.formatted(1, 2, 3) + "),"
                + " (SELECT SUM(l.amount) FROM budget_line l WHERE l.bid_id IN (SELECT o.id" + others.formatted(4, 5, 6) + "))")
        .setParameter(1, bid.getRound().getId()).setParameter(2, bid.getForceArea().getId()).setParameter(3, bid.getId())
        .setParameter(4, bid.getRound().getId()).setParameter(5, bid.getForceArea().getId()).setParameter(6, bid.getId())
        .getSingleResult();
    return new AreaContext((int) org.grantwell.db.shared.SqlValues.number(row[0]),
        org.grantwell.db.shared.SqlValues.moneyOrZero(row[1]));
  }

  /**
   * A page of bids matching the filter. Visibility is part of the filter: {@code
   * visibleToOrganisation} (null = all) keeps bids the organisation leads or, as the area's PCC
   * office, must rank and sign off, or that belong to rounds it funds.
   */
  public List<Bid> search(BidSearch search, int first, int max) {
    TypedQuery<Bid> query = em.createQuery("SELECT b FROM Bid b" + where(search) + " ORDER BY b.id DESC", Bid.class);
    bind(query, search);
    // what a list shows of each bid (round, lead organisation, budget) in one more query each for
    // the whole page (EclipseLink batch reading by the page's ids), not one per bid
    return query
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "b.round")
        .setHint("eclipselink.batch", "b.leadOrganisation")
        .setHint("eclipselink.batch", "b.budgetLines")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(BidSearch search) {
    TypedQuery<Long> query = em.createQuery("SELECT COUNT(b) FROM Bid b" + where(search), Long.class);
    bind(query, search);
    return query.getSingleResult();
  }

  private static String where(BidSearch search) {
    List<String> clauses = new ArrayList<>();
    if (search.visibleToOrganisation() != null) {
      clauses.add(
          "(b.leadOrganisation.id = :visibleTo OR b.pccOffice.id = :visibleTo OR b.round.funder.id = :visibleTo)");
    }
    if (search.roundReference() != null) {
      clauses.add("b.round.reference = :round");
    }
    if (search.organisationId() != null) {
      clauses.add("b.leadOrganisation.id = :organisation");
    }
    if (search.status() != null) {
      clauses.add("b.status = :status");
    }
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  private static void bind(TypedQuery<?> query, BidSearch search) {
    if (search.visibleToOrganisation() != null) {
      query.setParameter("visibleTo", search.visibleToOrganisation());
    }
    if (search.roundReference() != null) {
      query.setParameter("round", search.roundReference());
    }
    if (search.organisationId() != null) {
      query.setParameter("organisation", search.organisationId());
    }
    if (search.status() != null) {
      query.setParameter("status", search.status());
    }
  }

  /** The codes of the force areas with a bid that reached the funder in one of the given rounds. */
  public java.util.Set<String> areasThatBid(java.util.Collection<Long> roundIds) {
    if (roundIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(em.createQuery(
            "SELECT DISTINCT b.forceArea.code FROM Bid b WHERE b.round.id IN :rounds AND b.status NOT IN :notSubmitted",
            String.class)
        .setParameter("rounds", roundIds)
        .setParameter("notSubmitted", java.util.List.of(BidStatus.DRAFT, BidStatus.AWAITING_SIGN_OFF, BidStatus.SIGNED_OFF,
            BidStatus.READY_TO_SUBMIT, BidStatus.LATE, BidStatus.WITHDRAWN))
        .getResultList());
  }
}
