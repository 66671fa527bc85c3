package org.grantwell.web.bid;

import java.math.BigDecimal;
import java.time.Instant;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;

/** How the editor writes money ({@code £1,250,000.00}), dates ({@code 29 Nov 2026}) and times, London time. */
final class EditorText {

  private EditorText() {}

  static String money(BigDecimal pounds) {
    return MoneyFormat.format(Money.of(pounds == null ? BigDecimal.ZERO : pounds));
  }

  static String date(Instant instant) {
    return org.grantwell.web.faces.UkDates.date(instant);
  }

  static String dateTime(Instant instant) {
    return org.grantwell.web.faces.UkDates.dateTime(instant);
  }

  static String time(Instant instant) {
    return org.grantwell.web.faces.UkDates.time(instant);
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
