package org.grantwell.db.ledger;

import static org.grantwell.db.ledger.LedgerSums.money;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grantwell.db.shared.Money;

/**
 * Appends to the ledger and keeps its balance rows, in the caller's transaction. The protocol,
 * which makes concurrent movements of one round's money happen one after the other: lock the
 * round's balance row ({@link #lockRound}), then the award's if there is one ({@link #lockAward}),
 * always in that order; decide with the figures read under the lock; then {@link #append} the
 * entry, which writes it and adds its change to the locked rows. The locks are held until the
 * transaction ends. The rows' CHECKs hold the invariants even if a caller skips the protocol.
 */
@ApplicationScoped
public class LedgerRepository {

  @PersistenceContext private EntityManager em;

  /** Locks and reads the round's balance row; empty while the round has no pot. */
  public Optional<RoundBalance> lockRound(long roundId) {
    return round(LedgerSql.LOCK_ROUND, roundId);
  }

  /** Locks and reads the award's balance row; empty while nothing is committed to the bid. */
  public Optional<AwardBalance> lockAward(long bidId) {
    return award(LedgerSql.LOCK_AWARD, bidId);
  }

  /** Reads the round's balance row without locking it. */
  public Optional<RoundBalance> findRound(long roundId) {
    return round(LedgerSql.READ_ROUND, roundId);
  }

  /** Reads the award's balance row without locking it. */
  public Optional<AwardBalance> findAward(long bidId) {
    return award(LedgerSql.READ_AWARD, bidId);
  }

  public Optional<LedgerEntry> findByIdempotencyKey(String key) {
    return em.createNamedQuery("LedgerEntry.findByIdempotencyKey", LedgerEntry.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /** The round's entries, oldest first. */
  public List<LedgerEntry> findByRound(long roundId) {
    return em.createNamedQuery("LedgerEntry.findByRound", LedgerEntry.class)
        .setParameter("roundId", roundId)
        .getResultList();
  }

  /** The award's entries, oldest first. */
  public List<LedgerEntry> findByBid(long bidId) {
    return em.createNamedQuery("LedgerEntry.findByBid", LedgerEntry.class)
        .setParameter("bidId", bidId)
        .getResultList();
  }

  /**
   * Writes the entry and adds its change to the round's balance row and, for an award entry, the
   * award's: a {@link EntryType#POT_SET} opens the round's row, the first {@link
   * EntryType#AWARD_COMMITTED} of a bid the award's. Call it after locking those rows.
   *
   * @throws LedgerConstraintException when a CHECK or unique key refuses the entry or the new
   *     balances; the transaction must then roll back
   * @throws IllegalStateException when the entry needs a balance row that does not exist
   */
  /** What is committed, net, across every round the organisation funds (a PCC office's own rounds). */
  public org.grantwell.db.shared.Money committedByFunder(long funderId) {
    Object sum =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(b.committed), 0) FROM ledger_round_balance b"
                    + " JOIN funding_round r ON r.id = b.funding_round_id WHERE r.funder_id = ?")
            .setParameter(1, funderId)
            .getSingleResult();
    return org.grantwell.db.shared.Money.of(new java.math.BigDecimal(sum.toString()));
  }

  public LedgerEntry append(LedgerEntry entry) {
    try {
      em.persist(entry);
      em.flush(); // the balances reference the entry, so its row goes first
      Figures change = entry.effect();
      String sql =
          entry.getType() == EntryType.POT_SET ? LedgerSql.OPEN_ROUND : LedgerSql.MOVE_ROUND;
      requireRow(
          write(
              sql,
              entry.getRoundId(),
              change.pot(),
              change.committed(),
              change.paid(),
              change.clawedBack(),
              entry.getId()),
          entry);
      if (entry.getBidId() != null) {
        moveAward(entry, change);
      }
      return entry;
    } catch (PersistenceException e) {
      throw LedgerConstraintException.of(e).orElseThrow(() -> e);
    }
  }

  private void moveAward(LedgerEntry entry, Figures change) {
    int moved =
        write(
            LedgerSql.MOVE_AWARD,
            entry.getBidId(),
            change.committed(),
            change.paid(),
            change.clawedBack(),
            entry.getId());
    if (moved == 0 && entry.getType() == EntryType.AWARD_COMMITTED) {
      moved =
          write(
              LedgerSql.OPEN_AWARD,
              entry.getBidId(),
              entry.getRoundId(),
              change.committed(),
              change.paid(),
              change.clawedBack(),
              entry.getId());
    }
    requireRow(moved, entry);
  }

  private static void requireRow(int updated, LedgerEntry entry) {
    if (updated != 1) {
      throw new IllegalStateException(
          "No balance row to apply "
              + entry
              + " to: a round needs its pot, an award its commitment");
    }
  }

  /**
   * Recomputes the round's balances from its entries and reports where the balance rows differ.
   * Reads without locking: run it when no movement is under way, or expect a movement in flight to
   * show up as a difference.
   */
  public Reconciliation reconcile(long roundId) {
    @SuppressWarnings("unchecked")
    List<Object[]> sums =
        em.createNativeQuery(LedgerSql.SUMS_OF_ROUND).setParameter(1, roundId).getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> awardRows =
        em.createNativeQuery(LedgerSql.READ_AWARDS_OF_ROUND)
            .setParameter(1, roundId)
            .getResultList();
    Map<Long, Figures> awards = new HashMap<>();
    for (Object[] row : awardRows) {
      awards.put(((Number) row[0]).longValue(), figures(Money.ZERO, row[1], row[2], row[3]));
    }
    Figures round = findRound(roundId).map(RoundBalance::figures).orElse(null);
    return Reconciliation.compare(roundId, LedgerSums.fold(sums), round, awards);
  }

  private Optional<RoundBalance> round(String sql, long roundId) {
    return row(sql, roundId)
        .map(r -> new RoundBalance(roundId, figures(money(r[0]), r[1], r[2], r[3]), number(r[4])));
  }

  private Optional<AwardBalance> award(String sql, long bidId) {
    return row(sql, bidId)
        .map(
            r ->
                new AwardBalance(
                    bidId, number(r[0]), figures(Money.ZERO, r[1], r[2], r[3]), number(r[4])));
  }

  private static Figures figures(Money pot, Object committed, Object paid, Object clawedBack) {
    return new Figures(pot, money(committed), money(paid), money(clawedBack));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private Optional<Object[]> row(String sql, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
    return rows.stream().findFirst();
  }

  private int write(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      query.setParameter(i + 1, value instanceof Money m ? m.amount() : value);
    }
    return query.executeUpdate();
  }
}
