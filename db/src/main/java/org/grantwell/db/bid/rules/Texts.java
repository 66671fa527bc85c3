package org.grantwell.db.bid.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;

/**
 * The wording pieces shared by the rule messages: money, percentages, dates and times in London.
 * English month abbreviations ("Sep", not the en-GB "Sept") keep messages stable across JDKs.
 */
final class Texts {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter LONDON_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", Locale.ENGLISH)
          .withZone(FinancialYear.LONDON);

  private Texts() {}

  static String money(Money money) {
    return MoneyFormat.format(money);
  }

  /** {@code 50%}, {@code 12.5%}. */
  static String percent(BigDecimal percent) {
    return percent.stripTrailingZeros().toPlainString() + "%";
  }

  /** {@code 1 Apr 2022}. */
  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** {@code 23:59 on 15 Jul 2021}, in London time. */
  static String londonTime(Instant instant) {
    return LONDON_TIME.format(instant);
  }

  /** {@code 2023-24 Q3 (1 Oct 2023 to 31 Dec 2023)}. */
  static String quarter(FinancialQuarter quarter) {
    return quarter + " (" + date(quarter.firstDay()) + " to " + date(quarter.lastDay()) + ")";
  }

  /** Bytes as megabytes with up to one decimal: {@code 10 MB}, {@code 10.5 MB}. */
  static String megabytes(long bytes) {
    BigDecimal mb =
        BigDecimal.valueOf(bytes)
            .divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_EVEN);
    return mb.stripTrailingZeros().toPlainString() + " MB";
  }

  /** The one-based position a bidder sees for a zero-based index. */
  static int position(int index) {
    return index + 1;
  }

  static String leadType(OrganisationType type) {
    return switch (type) {
      case PCC_OFFICE -> "a Police and Crime Commissioner's office";
      case FUNDER -> "a funder";
      case LOCAL_AUTHORITY -> "a local authority";
      case BRITISH_TRANSPORT_POLICE -> "British Transport Police";
      case PROVIDER -> "a provider or voluntary organisation";
    };
  }

  /** {@code a, b or c}, in the order given. */
  static String orList(Collection<String> items) {
    List<String> list = List.copyOf(items);
    if (list.size() <= 1) {
      return String.join("", list);
    }
    return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
