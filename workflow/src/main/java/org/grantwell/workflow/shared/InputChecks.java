package org.grantwell.workflow.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * Reads client input field by field, collecting a message per bad field instead of stopping at
 * the first; {@link #throwIfAny()} then refuses the whole input (HTTP 422) so nothing is written.
 */
public final class InputChecks {

  public static final String INVALID = "INVALID_VALUE";
  public static final String TOO_LONG = "TOO_LONG";
  public static final String REQUIRED = "FIELD_REQUIRED";

  private final List<FieldError> errors = new ArrayList<>();

  public void add(String code, String field, String message) {
    errors.add(new FieldError(code, field, message));
  }

  public void invalid(String field, String message) {
    add(INVALID, field, message);
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** Stripped text, "" for none; longer than {@code max} is an error. */
  public String text(String field, String value, int max) {
    String text = value == null ? "" : value.strip();
    if (text.length() > max) {
      add(TOO_LONG, field, "This is " + text.length() + " characters long; at most " + max + " are allowed");
      return text.substring(0, max);
    }
    return text;
  }

  public String required(String field, String value) {
    if (value == null || value.isBlank()) {
      add(REQUIRED, field, "This is required");
      return null;
    }
    return value.strip();
  }

  public <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
    if (value != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
          return constant;
        }
      }
    }
    List<String> allowed = EnumSet.allOf(type).stream().map(Enum::name).toList();
    invalid(field, "Choose one of " + String.join(", ", allowed));
    return null;
  }

  public FinancialYear year(String field, String value) {
    try {
      return FinancialYear.parse(value);
    } catch (IllegalArgumentException e) {
      invalid(field, "Write the financial year like 2027-28, not " + (value == null ? "nothing" : "'" + value + "'"));
      return null;
    }
  }

  /** Pounds and pence, never negative; zero allowed only when {@code zeroAllowed}. */
  public Money money(String field, BigDecimal value, boolean zeroAllowed) {
    if (value == null) {
      add(REQUIRED, field, "Enter an amount in pounds");
      return null;
    }
    if (value.signum() < 0) {
      invalid(field, "An amount cannot be negative");
      return null;
    }
    if (!zeroAllowed && value.signum() == 0) {
      invalid(field, "The amount must be more than £0.00");
      return null;
    }
    try {
      return Money.of(value);
    } catch (IllegalArgumentException e) {
      invalid(field, e.getMessage());
      return null;
    }
  }
}
