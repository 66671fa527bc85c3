package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One outcome target of a funded bid and what verified returns say was achieved.
 *
 * @param actual the achieved value from verified returns, or null when none is reported yet
 */
public record OutcomeFacts(
    String bidReference,
    String programmeCode,
    String forceAreaCode,
    String indicator,
    BigDecimal target,
    BigDecimal actual) implements java.io.Serializable {

  public OutcomeFacts {
    Objects.requireNonNull(bidReference, "bidReference");
    Objects.requireNonNull(programmeCode, "programmeCode");
    Objects.requireNonNull(forceAreaCode, "forceAreaCode");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(target, "target");
  }

  public boolean reported() {
    return actual != null;
  }
}
