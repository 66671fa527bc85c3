package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.util.List;
import org.grantwell.db.shared.Money;

/**
 * A part of some money as a percentage of the whole.
 *
 * @param percent {@code part / whole × 100} at scale 1, half-even; null when the whole is zero
 * @param sources the references of the records that make up the part
 * @param baseSources the references of all the records in the whole
 */
public record MoneyShare(
    Money part, Money whole, BigDecimal percent, List<String> sources, List<String> baseSources) implements java.io.Serializable {

  public MoneyShare {
    sources = List.copyOf(sources);
    baseSources = List.copyOf(baseSources);
  }

  static MoneyShare of(Money part, Money whole, List<String> sources, List<String> baseSources) {
    return new MoneyShare(
        part, whole, ReportMath.percent(part.amount(), whole.amount()), sources, baseSources);
  }
}
