package org.grantwell.workflow.bid;

import java.util.LinkedHashMap;
import java.util.Map;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.rules.BidCandidate;
import org.grantwell.db.shared.Money;

/** What the audit record keeps of a bid before and after a change. */
final class AuditSnapshots {

  private AuditSnapshots() {}

  private static Map<String, Money> byCategory(BidCandidate candidate) {
    Map<String, Money> totals = new java.util.TreeMap<>();
    candidate.budgetLines().forEach(line -> totals.merge(line.category(), line.amount(), Money::plus));
    return totals;
  }

  static Map<String, Object> of(Bid bid) {
    BidCandidate candidate = bid.toCandidate();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("reference", bid.getReference());
    values.put("status", bid.getStatus().name());
    values.put("title", candidate.title());
    values.put("summary", candidate.summary());
    values.put("problemStatement", candidate.problemStatement());
    values.put("interventions", String.join(",", candidate.interventions()));
    values.put("grantRequested", candidate.grantRequested().toString());
    values.put("budgetLines", candidate.budgetLines().size());
    values.put("grantByYear", candidate.totalsByYear().toString());
    values.put("grantByCategory", byCategory(candidate).toString());
    values.put("capital", candidate.capitalTotal().toString());
    values.put("matchContributions", candidate.matchContributions().size());
    values.put(
        "matchTotal",
        candidate.matchContributions().stream().map(m -> m.amount()).reduce(Money.ZERO, Money::plus).toString());
    values.put("outcomes", candidate.outcomes().size());
    return values;
  }
}
