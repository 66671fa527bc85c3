package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The median of a number of day counts.
 *
 * @param medianDays at scale 1 (an even count gives the mean of the middle two, e.g. 56.5); null
 *     when there is nothing to count
 */
public record DayMedian(BigDecimal medianDays, List<String> sources) implements java.io.Serializable {

  public DayMedian {
    sources = List.copyOf(sources);
  }
}
