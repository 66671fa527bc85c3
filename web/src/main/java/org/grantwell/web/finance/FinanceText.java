package org.grantwell.web.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;
import org.grantwell.web.faces.UkDates;

/** How the finance pages write money, dates, percentages and codes. */
final class FinanceText {

  private FinanceText() {}

  static String money(Money money) {
    return money == null ? "" : MoneyFormat.format(money);
  }

  static String date(LocalDate date) {
    return UkDates.date(date);
  }

  static String dateTime(Instant instant) {
    return UkDates.dateTime(instant);
  }

  /** {@code 43.75%}; "" for none. */
  static String percent(BigDecimal percent) {
    return percent == null ? "" : percent.toPlainString() + "%";
  }

  /** {@code NOT_STARTED} as "Not started". */
  static String words(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String words = code.replace('_', ' ').toLowerCase(Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
