package org.grantwell.web.bid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;

/** How the editor writes money ({@code £1,250,000.00}), dates ({@code 29 Nov 2026}) and times, London time. */
final class EditorText {

  /** Three-letter months always ("Sep", not the "Sept" of newer en-GB locale data). */
  private static final Map<Long, String> MONTHS = Map.ofEntries(
      Map.entry(1L, "Jan"), Map.entry(2L, "Feb"), Map.entry(3L, "Mar"), Map.entry(4L, "Apr"),
      Map.entry(5L, "May"), Map.entry(6L, "Jun"), Map.entry(7L, "Jul"), Map.entry(8L, "Aug"),
      Map.entry(9L, "Sep"), Map.entry(10L, "Oct"), Map.entry(11L, "Nov"), Map.entry(12L, "Dec"));

  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ')
      .appendText(ChronoField.MONTH_OF_YEAR, MONTHS).appendLiteral(' ')
      .appendValue(ChronoField.YEAR, 4).toFormatter(Locale.UK);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private EditorText() {}

  static String money(BigDecimal pounds) {
    return MoneyFormat.format(Money.of(pounds == null ? BigDecimal.ZERO : pounds));
  }

  static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(FinancialYear.LONDON));
  }

  static String dateTime(Instant instant) {
    return instant == null ? "" : date(instant) + " at " + TIME.format(instant.atZone(FinancialYear.LONDON));
  }

  static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(FinancialYear.LONDON));
  }

  /** {@code 2.4 MB}, {@code 830 KB}. */
  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString() + " MB";
  }

  /** What a team member may do, in words. */
  static String access(String access) {
    return switch (access == null ? "" : access) {
      case "EDIT" -> "Edits everything";
      case "BUDGET" -> "Edits the budget and match funding";
      case "READ" -> "Reads only";
      default -> access;
    };
  }
}
