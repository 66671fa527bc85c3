package org.grantwell.workflow.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.grantwell.db.bid.rules.MatchStatus;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.finance.MatchFundingReport.Group;
import org.grantwell.workflow.finance.MatchFundingReport.SourceTotal;

/**
 * The match-funding arithmetic, pure: per bid the totals by status, cash and in kind, and source;
 * the ratio of match to grant (the amount awarded once funded, else the amount requested); and the
 * contributions still only PLEDGED more than {@code pledgedDays} days after the award decision (a
 * pledge has until the end of day N after the decision's London date; it is flagged from day N+1),
 * then the same totals for each round and programme.
 */
public final class MatchFundingCalculator {

  /** The default number of days a pledge may stay unconfirmed after the award decision. */
  public static final int DEFAULT_PLEDGED_DAYS = 90;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public MatchFundingReport calculate(List<MatchFacts> facts, int pledgedDays, LocalDate asOf) {
    if (pledgedDays < 0) {
      throw new IllegalArgumentException("pledgedDays cannot be negative: " + pledgedDays);
    }
    List<MatchFundingReport.Bid> bids = facts.stream().map(f -> bid(f, pledgedDays, asOf)).toList();
    return new MatchFundingReport(
        asOf,
        pledgedDays,
        bids,
        groups(bids, MatchFundingReport.Bid::roundReference),
        groups(bids, MatchFundingReport.Bid::programmeCode));
  }

  /** One bid's figures. */
  public MatchFundingReport.Bid bid(MatchFacts facts, int pledgedDays, LocalDate asOf) {
    boolean awarded = facts.awarded() != null;
    Money grant = awarded ? facts.awarded() : facts.requested();
    MatchTotals totals = MatchTotals.ZERO;
    Map<String, MatchTotals> bySource = new LinkedHashMap<>();
    List<MatchFundingReport.Contribution> contributions = new ArrayList<>();
    int overdue = 0;
    for (MatchFacts.Contribution c : facts.contributions()) {
      totals = totals.add(c.amount(), c.inKind(), c.status());
      bySource.merge(
          c.source(), MatchTotals.ZERO.add(c.amount(), c.inKind(), c.status()), MatchTotals::plus);
      boolean late = isOverdue(facts, c, pledgedDays, asOf);
      overdue += late ? 1 : 0;
      contributions.add(
          new MatchFundingReport.Contribution(
              c.position(), c.source(), c.year().label(), c.amount(), c.inKind(), c.status().name(),
              c.evidence(), c.changedBy(), c.changedAt(), late));
    }
    return new MatchFundingReport.Bid(
        facts.bidReference(), facts.title(), facts.roundReference(), facts.programmeCode(),
        facts.leadOrganisationName(), awarded, grant, totals, ratioPercent(totals.total(), grant),
        overdue, overdue > 0, bySource.entrySet().stream().map(e -> new SourceTotal(e.getKey(), e.getValue())).toList(),
        contributions);
  }

  /** Still only pledged, funded, and the as-of date is more than N days after the decision. */
  static boolean isOverdue(MatchFacts bid, MatchFacts.Contribution c, int pledgedDays, LocalDate asOf) {
    if (c.status() != MatchStatus.PLEDGED || bid.awarded() == null || bid.decidedAt() == null) {
      return false;
    }
    LocalDate decided = LocalDate.ofInstant(bid.decidedAt(), FinancialYear.LONDON);
    return asOf.isAfter(decided.plusDays(pledgedDays));
  }

  /** Match ÷ grant as a percentage at two places, half-even; null when the grant is zero. */
  static BigDecimal ratioPercent(Money match, Money grant) {
    if (grant == null || grant.isZero()) {
      return null;
    }
    return match.amount().multiply(HUNDRED).divide(grant.amount(), 2, RoundingMode.HALF_EVEN);
  }

  private static List<Group> groups(
      List<MatchFundingReport.Bid> bids, Function<MatchFundingReport.Bid, String> key) {
    Map<String, List<MatchFundingReport.Bid>> byKey = new TreeMap<>();
    for (MatchFundingReport.Bid bid : bids) {
      byKey.computeIfAbsent(key.apply(bid), k -> new ArrayList<>()).add(bid);
    }
    List<Group> groups = new ArrayList<>();
    byKey.forEach(
        (k, members) -> {
          Money grant = Money.ZERO;
          MatchTotals totals = MatchTotals.ZERO;
          int overdue = 0;
          for (MatchFundingReport.Bid bid : members) {
            grant = grant.plus(bid.grant());
            totals = totals.plus(bid.totals());
            overdue += bid.overdue();
          }
          groups.add(new Group(k, members.size(), grant, totals, ratioPercent(totals.total(), grant), overdue));
        });
    return groups;
  }
}
