package org.grantwell.workflow.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.report.Action1Report.CliffEdge;
import org.grantwell.workflow.report.Action1Report.Sustainability;

/** Sustainable funding: multi-year settlements and cliff edges. */
final class SustainabilityFigures {

  static final int CLIFF_EDGE_MONTHS = 6;

  private SustainabilityFigures() {}

  static Sustainability of(List<AwardFacts> awards, LocalDate asOf) {
    return new Sustainability(multiYear(awards), cliffEdges(awards, asOf));
  }

  /** An award is multi-year when its spend window starts and ends in different financial years. */
  static boolean isMultiYear(AwardFacts award) {
    return FinancialYear.containing(award.spendStart())
            .compareTo(FinancialYear.containing(award.spendBy()))
        < 0;
  }

  private static MoneyShare multiYear(List<AwardFacts> awards) {
    Money part = Money.ZERO;
    Money whole = Money.ZERO;
    List<String> sources = new ArrayList<>();
    List<String> base = new ArrayList<>();
    for (AwardFacts award : awards) {
      whole = whole.plus(award.amount());
      base.add(award.bidReference());
      if (isMultiYear(award)) {
        part = part.plus(award.amount());
        sources.add(award.bidReference());
      }
    }
    return MoneyShare.of(part, whole, sources, base);
  }

  /**
   * Awards whose spend-by date falls from {@code asOf} to six calendar months after it, inclusive,
   * with no other award to the same recipient in the same programme that is spent by a later date
   * (a follow-on). Soonest first.
   */
  private static List<CliffEdge> cliffEdges(List<AwardFacts> awards, LocalDate asOf) {
    LocalDate horizon = asOf.plusMonths(CLIFF_EDGE_MONTHS);
    return awards.stream()
        .filter(a -> !a.spendBy().isBefore(asOf) && !a.spendBy().isAfter(horizon))
        .filter(a -> awards.stream().noneMatch(other -> followsOn(other, a)))
        .sorted(
            Comparator.comparing(AwardFacts::spendBy).thenComparing(AwardFacts::bidReference))
        .map(
            a ->
                new CliffEdge(
                    a.bidReference(),
                    a.programmeCode(),
                    a.recipientOrgId(),
                    a.recipientName(),
                    a.amount(),
                    a.spendBy(),
                    ChronoUnit.DAYS.between(asOf, a.spendBy())))
        .toList();
  }

  private static boolean followsOn(AwardFacts later, AwardFacts award) {
    return later != award
        && later.recipientOrgId().equals(award.recipientOrgId())
        && later.programmeCode().equals(award.programmeCode())
        && later.spendBy().isAfter(award.spendBy());
  }
}
