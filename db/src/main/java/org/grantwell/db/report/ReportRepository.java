package org.grantwell.db.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.award.FundingDecision;
import org.grantwell.db.award.OfferStatus;
import org.grantwell.db.delivery.ReturnStatus;
import org.grantwell.db.shared.Money;

/**
 * The facts of every funded award of some rounds in four queries, however many awards there
 * are: the awards with their bids' details, the bids' interventions, their outcome targets and the
 * latest verified value of each indicator. (Loading the entities and walking them cost several
 * queries per award: the Action 1 report over 10,000 bids made tens of thousands.)
 */
@ApplicationScoped
public class ReportRepository {

  /** Funded in full or in part and not lapsed, in the given rounds: the awards Action 1 counts. */
  private static final String FUNDED =
      " a.roundId IN :rounds AND a.decision IN :funded AND (a.offerStatus IS NULL OR a.offerStatus <> :lapsed)";

  @PersistenceContext private EntityManager em;

  /** The funded awards of the rounds, oldest decision first. */
  public List<FundedAward> fundedAwards(Collection<Long> roundIds) {
    if (roundIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows = funded(em.createQuery(
        "SELECT b.id, b.reference, r.reference, p.code, o.orgIdentifier, o.id, o.name, fa.code, a.amount,"
            + " a.spendStart, a.spendBy, r.spendStart, r.spendBy, a.decidedAt, a.publishedAt"
            + " FROM Award a, Bid b JOIN b.round r JOIN r.programme p JOIN b.leadOrganisation o JOIN b.forceArea fa"
            + " WHERE b.id = a.bidId AND" + FUNDED + " ORDER BY a.decidedAt, a.bidId", Object[].class), roundIds)
        .getResultList();
    return rows.stream().map(row -> new FundedAward(
        (Long) row[0], (String) row[1], (String) row[2], (String) row[3],
        row[4] != null ? (String) row[4] : "GRANTWELL-ORG-" + row[5], (String) row[6], (String) row[7], (Money) row[8],
        row[9] != null ? (LocalDate) row[9] : (LocalDate) row[11],
        row[10] != null ? (LocalDate) row[10] : (LocalDate) row[12],
        (Instant) row[13], row[14] != null)).toList();
  }

  /** The interventions of the funded awards' bids, by bid id. */
  public Map<Long, Set<String>> interventions(Collection<Long> roundIds) {
    Map<Long, Set<String>> byBid = new HashMap<>();
    if (roundIds.isEmpty()) {
      return byBid;
    }
    List<Object[]> rows = funded(em.createQuery(
        "SELECT b.id, i FROM Award a, Bid b JOIN b.interventions i WHERE b.id = a.bidId AND" + FUNDED, Object[].class),
        roundIds).getResultList();
    for (Object[] row : rows) {
      byBid.computeIfAbsent((Long) row[0], id -> new LinkedHashSet<>()).add(((Enum<?>) row[1]).name());
    }
    return byBid;
  }

  /** An outcome target of a bid. */
  public record Target(long bidId, String indicator, BigDecimal target) {}

  /** The outcome targets of the funded awards' bids, in each bid's order. */
  public List<Target> outcomeTargets(Collection<Long> roundIds) {
    if (roundIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows = funded(em.createQuery(
        "SELECT b.id, t.indicator, t.target FROM Award a, Bid b JOIN b.outcomes t WHERE b.id = a.bidId AND" + FUNDED
            + " ORDER BY b.id, INDEX(t)", Object[].class), roundIds).getResultList();
    return rows.stream().map(row -> new Target((Long) row[0], (String) row[1], (BigDecimal) row[2])).toList();
  }

  /**
   * The latest verified value of each indicator reported for the funded awards' bids: by bid id,
   * indicator to value (returns in period order, the later one winning).
   */
  public Map<Long, Map<String, BigDecimal>> latestVerifiedOutcomes(Collection<Long> roundIds) {
    Map<Long, Map<String, BigDecimal>> byBid = new HashMap<>();
    if (roundIds.isEmpty()) {
      return byBid;
    }
    List<Object[]> rows = funded(em.createQuery(
        "SELECT b.id, v.indicator, v.value FROM Award a, Bid b, MonitoringReturn m JOIN m.outcomes v"
            + " WHERE b.id = a.bidId AND m.bid = b AND m.status = :verified AND" + FUNDED
            + " ORDER BY b.id, m.financialYear, m.quarter, m.finalReturn, m.id, INDEX(v)", Object[].class), roundIds)
        .setParameter("verified", ReturnStatus.VERIFIED)
        .getResultList();
    for (Object[] row : rows) {
      byBid.computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>()).put((String) row[1], (BigDecimal) row[2]);
    }
    return byBid;
  }

  private static <T> jakarta.persistence.TypedQuery<T> funded(jakarta.persistence.TypedQuery<T> query, Collection<Long> roundIds) {
    return query
        .setParameter("rounds", roundIds)
        .setParameter("funded", List.of(FundingDecision.FUND, FundingDecision.PART_FUND))
        .setParameter("lapsed", OfferStatus.LAPSED);
  }
}
