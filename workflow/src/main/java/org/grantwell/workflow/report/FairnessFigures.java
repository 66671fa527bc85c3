package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.report.Action1Report.AreaFunding;
import org.grantwell.workflow.report.Action1Report.Fairness;

/**
 * Reflecting need and fairly distributed: money per resident by area against the national figure
 * and the needs indicator, the spread between areas, and areas that bid and got nothing.
 */
final class FairnessFigures {

  private FairnessFigures() {}

  static Fairness of(List<AreaFacts> areas, List<AwardFacts> awards) {
    Map<String, List<AwardFacts>> byArea = new LinkedHashMap<>();
    areas.stream()
        .sorted(Comparator.comparing(AreaFacts::code))
        .forEach(area -> byArea.put(area.code(), new ArrayList<>()));
    for (AwardFacts award : awards) {
      List<AwardFacts> its = byArea.get(award.forceAreaCode());
      if (its == null) {
        throw new IllegalArgumentException(
            "Award " + award.bidReference() + " is in force area " + award.forceAreaCode()
                + ", which is not among the report's areas");
      }
      its.add(award);
    }
    Map<String, Money> awarded = new LinkedHashMap<>();
    byArea.forEach((code, its) -> awarded.put(code, sum(its)));
    Money total = awarded.values().stream().reduce(Money.ZERO, Money::plus);
    long population = areas.stream().mapToLong(AreaFacts::population).sum();
    NeedBase needs = NeedBase.of(areas, awarded);

    List<AreaFunding> funding = new ArrayList<>();
    for (AreaFacts area : areas.stream().sorted(Comparator.comparing(AreaFacts::code)).toList()) {
      Money money = awarded.get(area.code());
      funding.add(
          new AreaFunding(
              area.code(),
              area.name(),
              area.population(),
              money,
              ReportMath.perThousand(money, area.population()),
              ratioPercent(money, area.population(), total, population),
              area.needsIndicator(),
              needs.index(area, money),
              byArea.get(area.code()).stream().map(AwardFacts::bidReference).toList()));
    }
    return new Fairness(
        new MoneyTotal(total, awards.stream().map(AwardFacts::bidReference).toList()),
        population,
        population == 0 ? null : ReportMath.perThousand(total, population),
        funding,
        SpreadFigures.of(funding),
        funding.stream()
            .filter(f -> f.awarded().isZero())
            .filter(f -> areas.stream().anyMatch(a -> a.code().equals(f.code()) && a.bid()))
            .map(AreaFunding::code)
            .toList());
  }

  /**
   * {@code (money / population) / (total / totalPopulation) × 100} from the unrounded amounts, at
   * scale 1; null when the total is zero.
   */
  private static BigDecimal ratioPercent(
      Money money, long population, Money total, long totalPopulation) {
    if (total.isZero()) {
      return null;
    }
    return money
        .amount()
        .multiply(BigDecimal.valueOf(totalPopulation))
        .multiply(ReportMath.HUNDRED)
        .divide(
            total.amount().multiply(BigDecimal.valueOf(population)), 1, RoundingMode.HALF_EVEN);
  }

  private static Money sum(List<AwardFacts> awards) {
    return awards.stream().map(AwardFacts::amount).reduce(Money.ZERO, Money::plus);
  }

  /** The areas with a needs indicator: their money and their need, added up. */
  private record NeedBase(Money money, BigDecimal need) implements java.io.Serializable {

    static NeedBase of(List<AreaFacts> areas, Map<String, Money> awarded) {
      Money money = Money.ZERO;
      BigDecimal need = BigDecimal.ZERO;
      for (AreaFacts area : areas) {
        if (area.needsIndicator() != null) {
          money = money.plus(awarded.get(area.code()));
          need = need.add(area.needsIndicator());
        }
      }
      return new NeedBase(money, need);
    }

    /**
     * {@code (money / base money) / (indicator / base need) × 100} at scale 1; null where the area
     * has no indicator or the areas with one got nothing.
     */
    BigDecimal index(AreaFacts area, Money areaMoney) {
      if (area.needsIndicator() == null || money.isZero()) {
        return null;
      }
      return areaMoney
          .amount()
          .multiply(need)
          .multiply(ReportMath.HUNDRED)
          .divide(money.amount().multiply(area.needsIndicator()), 1, RoundingMode.HALF_EVEN);
    }
  }
}
