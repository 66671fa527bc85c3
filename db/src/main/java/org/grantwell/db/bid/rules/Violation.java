package org.grantwell.db.bid.rules;

import java.util.Objects;

/**
 * One broken rule: a stable {@code code}, the {@code field} path it concerns (zero-based indexes,
 * e.g. {@code budgetLines[3].category}) and a sentence a bidder understands.
 */
public record Violation(RuleCode code, String field, String message) implements java.io.Serializable {

  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
