package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A force area as the fairness figures see it.
 *
 * @param needsIndicator the area's weight in a needs-based allocation, or null where none is loaded
 * @param bid whether any bid came from the area in the report's scope
 */
public record AreaFacts(
    String code, String name, long population, BigDecimal needsIndicator, boolean bid) implements java.io.Serializable {

  public AreaFacts {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (population <= 0) {
      throw new IllegalArgumentException("Area " + code + " needs a positive population");
    }
    if (needsIndicator != null && needsIndicator.signum() <= 0) {
      throw new IllegalArgumentException("Area " + code + " needs indicator must be positive");
    }
  }
}
