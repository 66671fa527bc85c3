package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.grantwell.workflow.report.Action1Report.AreaFunding;
import org.grantwell.workflow.report.Action1Report.Spread;

/**
 * The spread of money per resident between areas. Every area counts once, whatever its size, so
 * that a small area left out shows as plainly as a large one; areas that got nothing count as zero.
 */
final class SpreadFigures {

  private SpreadFigures() {}

  static Spread of(List<AreaFunding> areas) {
    List<AreaFunding> ascending =
        areas.stream()
            .sorted(
                Comparator.comparing(SpreadFigures::perResident).thenComparing(AreaFunding::code))
            .toList();
    List<String> sources = areas.stream().map(AreaFunding::code).toList();
    BigDecimal gini =
        ReportMath.gini(ascending.stream().map(SpreadFigures::perResident).toList());
    if (ascending.size() < 2) {
      return new Spread(gini, null, List.of(), List.of(), sources);
    }
    int decile = (ascending.size() + 9) / 10;
    List<AreaFunding> lowest = ascending.subList(0, decile);
    List<AreaFunding> highest = ascending.subList(ascending.size() - decile, ascending.size());
    List<String> highestFirst = new ArrayList<>(codes(highest));
    Collections.reverse(highestFirst);
    return new Spread(gini, decileRatio(highest, lowest), highestFirst, codes(lowest), sources);
  }

  /** Money per resident, unrounded. */
  static BigDecimal perResident(AreaFunding area) {
    return area.awarded()
        .amount()
        .divide(BigDecimal.valueOf(area.population()), ReportMath.EXACT);
  }

  /**
   * The decile of areas with the most money per resident against the decile with the least, each
   * decile the ⌈n/10⌉ areas at that end, its money per resident being its money over its
   * residents: {@code (Σ money high / Σ residents high) / (Σ money low / Σ residents low)} at
   * scale 2; null when the lowest decile got nothing.
   */
  private static BigDecimal decileRatio(List<AreaFunding> highest, List<AreaFunding> lowest) {
    BigDecimal lowMoney = money(lowest);
    if (lowMoney.signum() == 0) {
      return null;
    }
    return money(highest)
        .multiply(residents(lowest))
        .divide(residents(highest).multiply(lowMoney), 2, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal money(List<AreaFunding> areas) {
    return areas.stream()
        .map(a -> a.awarded().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal residents(List<AreaFunding> areas) {
    return BigDecimal.valueOf(areas.stream().mapToLong(AreaFunding::population).sum());
  }

  private static List<String> codes(List<AreaFunding> areas) {
    return areas.stream().map(AreaFunding::code).toList();
  }
}
