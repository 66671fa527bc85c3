package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * How many of some records have a property, as a percentage of all of them.
 *
 * @param percent {@code part / whole × 100} at scale 1, half-even; null when there are no records
 * @param sources the references of the records counted in the part
 * @param baseSources the references of all the records
 */
public record CountShare(
    int part, int whole, BigDecimal percent, List<String> sources, List<String> baseSources) implements java.io.Serializable {

  public CountShare {
    sources = List.copyOf(sources);
    baseSources = List.copyOf(baseSources);
  }

  static CountShare of(List<String> sources, List<String> baseSources) {
    return new CountShare(
        sources.size(),
        baseSources.size(),
        ReportMath.percent(BigDecimal.valueOf(sources.size()), BigDecimal.valueOf(baseSources.size())),
        sources,
        baseSources);
  }
}
