package org.grantwell.workflow.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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

  /** The earliest date the service accepts: nothing it records is older. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

  /** The latest date the service accepts: far enough for any grant, near enough for every database. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

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

  /** An ISO date ({@code 2027-04-01}) from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}; null (and an error) otherwise. */
  public LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      add(REQUIRED, field, "Give a date like 2027-04-01");
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      invalid(field, "Give a date like 2027-04-01");
      return null;
    }
    return inRange(field, date.atStartOfDay()) ? date : null;
  }

  /** An ISO local time ({@code 2027-01-31T23:59}) on a date from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. */
  public LocalDateTime dateTime(String field, String value) {
    if (value == null || value.isBlank()) {
      add(REQUIRED, field, "Give a London time like 2027-01-31T23:59");
      return null;
    }
    LocalDateTime time;
    try {
      time = LocalDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      invalid(field, "Give a London time like 2027-01-31T23:59");
      return null;
    }
    return inRange(field, time) ? time : null;
  }

  private boolean inRange(String field, LocalDateTime time) {
    LocalDate day = time.toLocalDate();
    if (day.isBefore(EARLIEST_DATE) || day.isAfter(LATEST_DATE)) {
      invalid(field, "Give a date from " + EARLIEST_DATE + " to " + LATEST_DATE);
      return false;
    }
    return true;
  }
}
