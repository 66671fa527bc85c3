package org.grantwell.db.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.SqlValues;

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
  public List<Award> findFunded() {
    return em.createQuery(
            "SELECT a FROM Award a WHERE a.decision IN :funded"
                + " AND (a.offerStatus IS NULL OR a.offerStatus <> :lapsed) ORDER BY a.decidedAt, a.bidId",
            Award.class)
        .setParameter("funded", List.of(FundingDecision.FUND, FundingDecision.PART_FUND))
        .setParameter("lapsed", OfferStatus.LAPSED)
        .getResultList();
  }

  /**
   * The funded awards (FUND or PART_FUND, offer not lapsed) after {@code afterBidId}, at most
   * {@code max} of them in bid id order, each with its bid, round, programme, funder, recipient,
   * force area, requested total and ledger balance read in the same query: page through them by
   * passing the last row's bid id, so that an export of any size holds one page at a time. The rows
   * are plain values (no managed entities), so the persistence context does not grow.
   *
   * @param funderId only the rounds this organisation funds; null for every round
   * @param programmeCode only this programme's rounds; null or blank for every programme
   */
  public List<FundedAward> findFundedPage(
      Long funderId, String programmeCode, long afterBidId, int max) {
    Query query = em.createNativeQuery(fundedSql(funderId, programmeCode)).setParameter(1, afterBidId);
    if (funderId != null) {
      query.setParameter(2, funderId);
    }
    if (programmeCode != null && !programmeCode.isBlank()) {
      query.setParameter(3, programmeCode.strip());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.setMaxResults(max).getResultList();
    return rows.stream().map(FundedAward::of).toList();
  }

  /** The awards with the given bid ids (one query), for changing them in a batch. */
  public List<Award> findAll(Collection<Long> bidIds) {
    if (bidIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT a FROM Award a WHERE a.bidId IN :ids ORDER BY a.bidId", Award.class)
        .setParameter("ids", List.copyOf(bidIds))
        .getResultList();
  }

  /** The bid reference of every award in the round, by bid id (to label its ledger entries). */
  public Map<Long, String> bidReferencesOfRound(long roundId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT b.id, b.reference FROM award a JOIN bid b ON b.id = a.bid_id"
                    + " WHERE a.funding_round_id = ?1 ORDER BY b.id")
            .setParameter(1, roundId)
            .getResultList();
    Map<Long, String> references = new LinkedHashMap<>();
    for (Object[] row : rows) {
      references.put(((Number) row[0]).longValue(), (String) row[1]);
    }
    return references;
  }

  /** The paging query of {@link #findFundedPage}, plain SQL for PostgreSQL and H2. */
  static String fundedSql(Long funderId, String programmeCode) {
    StringBuilder sql = new StringBuilder(FUNDED_SELECT);
    if (funderId != null) {
      sql.append(" AND r.funder_id = ?2");
    }
    if (programmeCode != null && !programmeCode.isBlank()) {
      sql.append(" AND p.code = ?3");
    }
    return sql.append(" ORDER BY a.bid_id").toString();
  }

  static final String FUNDED_SELECT =
      "SELECT a.bid_id, b.reference, b.title, b.summary, a.amount,"
          + " (SELECT SUM(l.amount) FROM budget_line l WHERE l.bid_id = b.id),"
          + " a.decided_at, a.spend_start, a.spend_by, a.published_at,"
          + " r.id, r.reference, r.name, r.spend_start, r.spend_by,"
          + " p.code, p.name, p.kind,"
          + " f.id, f.name, f.org_identifier,"
          + " o.id, o.name, o.org_identifier,"
          + " fa.code, fa.name,"
          + " lb.committed, lb.paid, lb.clawed_back"
          + " FROM award a"
          + " JOIN bid b ON b.id = a.bid_id"
          + " JOIN funding_round r ON r.id = b.funding_round_id"
          + " JOIN funding_programme p ON p.id = r.programme_id"
          + " JOIN organisation f ON f.id = r.funder_id"
          + " JOIN organisation o ON o.id = b.lead_organisation_id"
          + " JOIN force_area fa ON fa.id = b.force_area_id"
          + " LEFT JOIN ledger_award_balance lb ON lb.bid_id = a.bid_id"
          + " WHERE a.decision IN ('FUND', 'PART_FUND')"
          + " AND (a.offer_status IS NULL OR a.offer_status <> 'LAPSED')"
          + " AND a.bid_id > ?1";

  /**
   * One funded award as the exports read it. The spend window is the award's own, else the
   * round's; the ledger figures are zero until money is committed.
   *
   * @param amountRequested the sum of the bid's budget lines, or null when it has none
   * @param programmeKind the {@link org.grantwell.db.programme.ProgrammeKind} name
   * @param funderOrgId the funder's org-id.guide identifier, or null
   * @param recipientOrgId the lead organisation's org-id.guide identifier, or null
   */
  public record FundedAward(
      long bidId,
      String bidReference,
      String title,
      String summary,
      Money amount,
      Money amountRequested,
      Instant decidedAt,
      LocalDate spendStart,
      LocalDate spendBy,
      Instant publishedAt,
      long roundId,
      String roundReference,
      String roundName,
      String programmeCode,
      String programmeName,
      String programmeKind,
      long funderId,
      String funderName,
      String funderOrgId,
      long recipientId,
      String recipientName,
      String recipientOrgId,
      String forceAreaCode,
      String forceAreaName,
      Money committed,
      Money paid,
      Money clawedBack) implements java.io.Serializable {

    /** Committed less paid less clawed back (negative when the recipient owes money back). */
    public Money outstanding() {
      return committed.minus(paid).minus(clawedBack);
    }

    static FundedAward of(Object[] r) {
      LocalDate roundStart = SqlValues.date(r[13]);
      LocalDate roundEnd = SqlValues.date(r[14]);
      LocalDate start = SqlValues.date(r[7]);
      LocalDate end = SqlValues.date(r[8]);
      return new FundedAward(
          SqlValues.number(r[0]), (String) r[1], (String) r[2], (String) r[3], SqlValues.money(r[4]), SqlValues.money(r[5]),
          SqlValues.instant(r[6]), start != null ? start : roundStart, end != null ? end : roundEnd,
          SqlValues.instant(r[9]), SqlValues.number(r[10]), (String) r[11], (String) r[12], (String) r[15],
          (String) r[16], (String) r[17], SqlValues.number(r[18]), (String) r[19], (String) r[20],
          SqlValues.number(r[21]), (String) r[22], (String) r[23], (String) r[24], (String) r[25],
          SqlValues.moneyOrZero(r[26]), SqlValues.moneyOrZero(r[27]), SqlValues.moneyOrZero(r[28]));
    }
  }
}
