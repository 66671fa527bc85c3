package org.grantwell.workflow.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.grantwell.db.shared.Money;

/**
 * One typed cell of a {@link Table}. The writers give each type its own form: money as a number
 * with a £ format in a spreadsheet, a date as a date, a percentage as a percentage; a null value is
 * an empty cell of that type.
 */
public sealed interface Cell {

  /** Free text; neutralised by every writer when it would start a formula. */
  record Text(String value) implements Cell, java.io.Serializable {}

  /** Pounds and pence. */
  record Amount(Money value) implements Cell, java.io.Serializable {}

  /** A calendar date, shown as {@code 29 Nov 2026}. */
  record Day(LocalDate value) implements Cell, java.io.Serializable {}

  /** A count or a measure (not money). */
  record Number(BigDecimal value) implements Cell, java.io.Serializable {}

  /** A percentage as a number of hundredths: {@code 12.5} is 12.5%. */
  record Percent(BigDecimal value) implements Cell, java.io.Serializable {}

  static Cell text(String value) {
    return new Text(value);
  }

  static Cell money(Money value) {
    return new Amount(value);
  }

  static Cell date(LocalDate value) {
    return new Day(value);
  }

  static Cell number(long value) {
    return new Number(BigDecimal.valueOf(value));
  }

  static Cell number(BigDecimal value) {
    return new Number(value);
  }

  static Cell percent(BigDecimal value) {
    return new Percent(value);
  }

  static Cell yesNo(boolean value) {
    return new Text(value ? "Yes" : "No");
  }

  /** Whether the cell holds nothing to show. */
  default boolean isEmpty() {
    if (this instanceof Text t) {
      return t.value() == null || t.value().isEmpty();
    }
    if (this instanceof Amount a) {
      return a.value() == null;
    }
    if (this instanceof Day d) {
      return d.value() == null;
    }
    if (this instanceof Number n) {
      return n.value() == null;
    }
    return ((Percent) this).value() == null;
  }
}
