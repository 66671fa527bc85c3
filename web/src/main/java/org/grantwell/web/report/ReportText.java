package org.grantwell.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;
import org.grantwell.web.faces.UkDates;

/**
 * How the Action 1 dashboard words its figures: money as {@code £1,250,000.00}, dates as {@code 29
 * Nov 2026}, percentages as {@code 42.5%}, and the lists of records behind each figure. Pure, so
 * that it is tested without a container.
 */
public final class ReportText {

  static final String NONE = "None";

  private ReportText() {}

  public static String money(Money money) {
    return money == null ? NONE : MoneyFormat.format(money);
  }

  public static String date(LocalDate date) {
    return date == null ? "" : UkDates.date(date);
  }

  /** A period with either end open: "at any time", "from 1 Apr 2026", "up to 31 Mar 2027", or both. */
  public static String period(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return "at any time";
    }
    String start = from == null ? "" : "from " + date(from);
    String end = to == null ? "" : "up to " + date(to);
    return (start + " " + end).strip();
  }

  /** {@code 42.5%}; "Not applicable" when there is nothing to take a share of. */
  public static String percent(BigDecimal percent) {
    return percent == null ? "Not applicable" : percent.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** {@code 56 days}, {@code 56.5 days}, {@code 1 day}; "Not applicable" for none. */
  public static String days(BigDecimal days) {
    if (days == null) {
      return "Not applicable";
    }
    BigDecimal plain = days.stripTrailingZeros();
    String number = plain.scale() <= 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    return number + (plain.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
  }

  public static String days(long days) {
    return days(BigDecimal.valueOf(days));
  }

  /** A plain number with thousands separators and no needless decimals: {@code 1,250.5}. */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    java.text.DecimalFormat format =
        new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(value);
  }

  /** {@code 1 bid}, {@code 3 bids}. */
  public static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /**
   * The bids behind a figure, each linked to its page where its id is known.
   *
   * @param bidIds bid reference to id
   */
  public static Sources bids(List<String> references, Map<String, Long> bidIds) {
    return sources(references, "bid", "bids", ref -> {
      Long id = bidIds.get(ref);
      return new Sources.Ref(ref, id == null ? null : "/app/bid.xhtml?id=" + id);
    });
  }

  /** The rounds behind a figure, by reference (rounds have no page of their own). */
  public static Sources rounds(List<String> references) {
    return sources(references, "round", "rounds", ref -> new Sources.Ref(ref, null));
  }

  /**
   * The force areas behind a figure, by name where known.
   *
   * @param names area code to name
   */
  public static Sources areas(List<String> codes, Map<String, String> names) {
    return sources(codes, "force area", "force areas",
        code -> new Sources.Ref(names.containsKey(code) ? names.get(code) + " (" + code + ")" : code, null));
  }

  /** The force areas of one decile ("highest" or "lowest"), the summary saying which. */
  public static Sources decile(List<String> codes, String which, Map<String, String> names) {
    Sources areas = areas(codes, names);
    return areas.isEmpty() ? new Sources("No " + which + " decile", List.of())
        : new Sources("Show the " + which + " decile (" + count(codes.size(), "force area", "force areas") + ")", areas.refs());
  }

  private static Sources sources(
      List<String> references, String singular, String plural, Function<String, Sources.Ref> ref) {
    List<String> its = references == null ? List.of() : references;
    String summary = its.isEmpty()
        ? "No " + plural
        : "Show the " + (its.size() == 1 ? singular : its.size() + " " + plural);
    return new Sources(summary, its.stream().map(ref).toList());
  }
}
