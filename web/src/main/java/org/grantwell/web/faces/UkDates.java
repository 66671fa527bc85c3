package org.grantwell.web.faces;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import org.grantwell.db.shared.FinancialYear;

/**
 * How every page writes a date and a time: {@code 29 Nov 2026}, {@code 29 Nov 2026 at 14:05}, in
 * London time. The months are spelt out here because the en-GB locale data of newer JDKs writes
 * "Sept" for September.
 */
public final class UkDates {

  private static final Map<Long, String> MONTHS = Map.ofEntries(
      Map.entry(1L, "Jan"), Map.entry(2L, "Feb"), Map.entry(3L, "Mar"), Map.entry(4L, "Apr"),
      Map.entry(5L, "May"), Map.entry(6L, "Jun"), Map.entry(7L, "Jul"), Map.entry(8L, "Aug"),
      Map.entry(9L, "Sep"), Map.entry(10L, "Oct"), Map.entry(11L, "Nov"), Map.entry(12L, "Dec"));

  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ')
      .appendText(ChronoField.MONTH_OF_YEAR, MONTHS).appendLiteral(' ')
      .appendValue(ChronoField.YEAR, 4).toFormatter(Locale.UK);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private UkDates() {}

  /** {@code 29 Nov 2026}; "" for none. */
  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** The London date of an instant, {@code 29 Nov 2026}; "" for none. */
  public static String date(Instant instant) {
    return instant == null ? "" : DATE.format(london(instant));
  }

  /** {@code 29 Nov 2026 at 14:05}, London time; "" for none. */
  public static String dateTime(Instant instant) {
    return instant == null ? "" : DATE.format(london(instant)) + " at " + TIME.format(london(instant));
  }

  /** {@code 14:05}, London time; "" for none. */
  public static String time(Instant instant) {
    return instant == null ? "" : TIME.format(london(instant));
  }

  private static TemporalAccessor london(Instant instant) {
    return instant.atZone(FinancialYear.LONDON);
  }
}
