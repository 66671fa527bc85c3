package org.grantwell.bench.data;

import static org.grantwell.db.shared.MoneyFormat.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.grantwell.db.ledger.EntryType;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.Money;

/**
 * The ledger entries of the workload, written as {@code LedgerService} writes them (types, signs,
 * reasons, idempotency keys, recipients), numbered in time order, with the round and award balance
 * rows that are the sums of the entries and one audit record per entry.
 */
final class LedgerBook {

  /** One movement; bid-less entries (the pot) carry no recipient. */
  record Entry(EntryType type, long roundId, Long bidId, Long organisationId, Long forceAreaId,
      FinancialQuarter period, Money amount, String reason, String key, String actor, Instant at, long order) {}

  private final List<Entry> entries = new ArrayList<>();

  void potSet(long roundId, String roundReference, Money pot, String actor, Instant at) {
    add(EntryType.POT_SET, roundId, null, null, null, null, pot,
        "Pot of " + format(pot) + " set for round " + roundReference, "round:" + roundReference + ":pot-set", actor, at);
  }

  void commit(long roundId, long bidId, String reference, long organisationId, long areaId, Money amount, String actor, Instant at) {
    add(EntryType.AWARD_COMMITTED, roundId, bidId, organisationId, areaId, null, amount,
        "Award of " + format(amount) + " committed to bid " + reference, "award:" + bidId + ":commit", actor, at);
  }

  void claim(long roundId, long bidId, String reference, long organisationId, long areaId, FinancialQuarter quarter,
      Money amount, String actor, Instant at) {
    add(EntryType.CLAIM_PAID, roundId, bidId, organisationId, areaId, quarter, amount,
        "Claim for " + quarter + " paid on bid " + reference, "award:" + bidId + ":claim:" + quarter, actor, at);
  }

  void clawBack(long roundId, long bidId, String reference, long organisationId, long areaId, Money amount, String actor, Instant at) {
    add(EntryType.CLAWBACK, roundId, bidId, organisationId, areaId, null, amount,
        "Underspend of " + reference + " at closure", "award:" + bidId + ":clawback", actor, at);
  }

  private void add(EntryType type, long roundId, Long bidId, Long organisationId, Long areaId, FinancialQuarter period,
      Money amount, String reason, String key, String actor, Instant at) {
    entries.add(new Entry(type, roundId, bidId, organisationId, areaId, period, amount, reason, key, actor, at, entries.size()));
  }

  /**
   * Numbers the entries in time order from {@code firstId} into {@code ledger_entry}, fills the
   * balance tables and records one audit entry per ledger entry; returns the last id.
   */
  long writeInto(Table ledger, Table roundBalances, Table awardBalances, AuditLog audit, long firstId) {
    entries.sort(Comparator.comparing(Entry::at).thenComparingLong(Entry::order));
    Map<Long, Money[]> rounds = new TreeMap<>();
    Map<Long, long[]> roundMeta = new TreeMap<>();
    Map<Long, Money[]> awards = new TreeMap<>();
    Map<Long, long[]> awardMeta = new TreeMap<>();
    long id = firstId - 1;
    for (Entry e : entries) {
      id++;
      Integer year = e.period() == null ? null : e.period().year().startYear();
      Integer quarter = e.period() == null ? null : e.period().number();
      ledger.add(id, e.type().name(), e.roundId(), e.bidId(), e.organisationId(), e.forceAreaId(), year, quarter, null,
          e.amount().amount(), e.reason(), e.key(), e.actor(), e.at());
      Money[] round = rounds.computeIfAbsent(e.roundId(), k -> zeros());
      move(round, e);
      roundMeta.merge(e.roundId(), new long[] {id, 0}, (a, b) -> new long[] {b[0], a[1] + 1});
      if (e.bidId() != null) {
        awardMeta.putIfAbsent(e.bidId(), new long[] {e.roundId(), id, -1});
        long[] meta = awardMeta.get(e.bidId());
        meta[1] = id;
        meta[2]++;
        move(awards.computeIfAbsent(e.bidId(), k -> zeros()), e);
      }
      audit.record(e.at(), e.actor(), "LEDGER_ENTRY", String.valueOf(id), e.type().name(), null, auditValues(e, year, quarter));
    }
    rounds.forEach((roundId, m) -> {
      long[] meta = roundMeta.get(roundId);
      roundBalances.add(roundId, m[0].amount(), m[1].amount(), m[2].amount(), m[3].amount(), meta[0], meta[1]);
    });
    awards.forEach((bidId, m) -> {
      long[] meta = awardMeta.get(bidId);
      awardBalances.add(bidId, meta[0], m[1].amount(), m[2].amount(), m[3].amount(), meta[1], meta[2]);
    });
    return id;
  }

  int size() {
    return entries.size();
  }

  private static Money[] zeros() {
    return new Money[] {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
  }

  /** pot, committed, paid, clawed back: the one figure each type moves. */
  private static void move(Money[] figures, Entry e) {
    int figure = switch (e.type()) {
      case POT_SET, POT_CHANGED -> 0;
      case AWARD_COMMITTED, AWARD_REDUCED, AWARD_RELEASED, VARIATION_MOVED -> 1;
      case CLAIM_PAID -> 2;
      case CLAWBACK -> 3;
      case ALLOCATION -> -1;
    };
    if (figure >= 0) {
      figures[figure] = figures[figure].plus(e.amount());
    }
  }

  private static Map<String, Object> auditValues(Entry e, Integer year, Integer quarter) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("type", e.type());
    values.put("roundId", e.roundId());
    values.put("bidId", e.bidId());
    values.put("organisationId", e.organisationId());
    values.put("forceAreaId", e.forceAreaId());
    values.put("financialYear", e.period() == null ? null : e.period().year().label());
    values.put("quarter", quarter);
    values.put("costCategory", null);
    values.put("amount", e.amount());
    values.put("reason", e.reason());
    values.put("idempotencyKey", e.key());
    return values;
  }
}
