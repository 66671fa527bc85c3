package org.grantwell.web.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;
import org.grantwell.workflow.round.RoundView;

/**
 * A round's rules in plain words, as bidders read them: {@code Bids from £50,000.00 to
 * £750,000.00; at most 3 bids per force area; ...; window closes 24 Jan 2027 at 23:59 (56 days
 * left)}. Pure: the time is passed in, dates and times are London's.
 */
public final class RoundRulesText {

  private static final Map<String, String> TYPES = Map.of(
      "PCC_OFFICE", "PCC offices",
      "FUNDER", "funders",
      "LOCAL_AUTHORITY", "local authorities",
      "BRITISH_TRANSPORT_POLICE", "British Transport Police",
      "PROVIDER", "providers");

  /** The order organisation types are named in. */
  private static final List<String> TYPE_ORDER =
      List.of("PCC_OFFICE", "LOCAL_AUTHORITY", "BRITISH_TRANSPORT_POLICE", "PROVIDER", "FUNDER");

  private RoundRulesText() {}

  /** The money, match, capital, spending and window rules in one line. */
  public static String rules(RoundView round, Instant now) {
    List<String> parts = new ArrayList<>();
    parts.add(bidRange(round.minBid(), round.maxBid()));
    RoundView.Rules rules = round.rules();
    if (rules != null) {
      if (rules.maxBidsPerArea() != null) {
        int max = rules.maxBidsPerArea();
        parts.add("at most " + max + (max == 1 ? " bid" : " bids") + " per force area");
      }
      if (rules.matchPercent() != null && rules.matchPercent().signum() > 0 && !rules.matchLeadTypes().isEmpty()) {
        parts.add(match(rules));
      }
      if (rules.maxCapitalPercent() != null) {
        parts.add("at most " + percent(rules.maxCapitalPercent()) + " capital");
      }
    }
    if (round.spendStart() != null && round.spendBy() != null) {
      parts.add("spend between " + date(round.spendStart()) + " and " + date(round.spendBy()));
    }
    parts.add(window(round.closesAt(), now));
    return String.join("; ", parts);
  }

  /** Who may lead a bid: {@code Led by PCC offices and local authorities}. */
  public static String leads(RoundView round) {
    List<String> types = round.rules() == null ? List.of() : round.rules().eligibleLeadTypes();
    return types.isEmpty() ? "" : "Led by " + types(types);
  }

  /** The yearly caps: {@code A bid asks for at most £400,000.00 in 2027-28 and £350,000.00 in 2028-29}; empty without caps. */
  public static String yearCaps(RoundView round) {
    if (round.rules() == null || round.rules().yearCaps() == null || round.rules().yearCaps().isEmpty()) {
      return "";
    }
    List<String> caps = new ArrayList<>();
    round.rules().yearCaps().forEach((year, cap) -> caps.add(money(cap) + " in " + year));
    return "A bid asks for at most " + and(caps);
  }

  /** The assessment: {@code Scored on Need (40%), Delivery (60%); pass mark 60}; empty without criteria. */
  public static String assessment(RoundView round) {
    if (round.rules() == null || round.rules().criteria() == null || round.rules().criteria().isEmpty()) {
      return "";
    }
    List<String> criteria = round.rules().criteria().stream()
        .map(c -> c.title() + " (" + percent(c.weight()) + ")").toList();
    String text = "Scored on " + and(criteria);
    return round.rules().passMark() == null ? text : text + "; pass mark " + plain(round.rules().passMark());
  }

  /** Whether someone with these roles, acting for an organisation of this type, may start a bid in the round. */
  public static boolean mayStartBid(Set<String> roles, String organisationType, RoundView round) {
    boolean bidder = roles != null && roles.stream().anyMatch(role -> role.endsWith("bidder"));
    return bidder && organisationType != null && round.rules() != null
        && round.rules().eligibleLeadTypes().contains(organisationType);
  }

  /** {@code PCC offices, local authorities and British Transport Police}, in a fixed order. */
  static String types(Collection<String> names) {
    List<String> words = new ArrayList<>();
    TYPE_ORDER.stream().filter(names::contains).map(TYPES::get).forEach(words::add);
    names.stream().filter(n -> !TYPES.containsKey(n)).sorted().forEach(words::add);
    return and(words);
  }

  /** The plain name of one organisation type, for lists. */
  public static String type(String name) {
    return TYPES.getOrDefault(name, name);
  }

  public static String date(LocalDate date) {
    return org.grantwell.web.faces.UkDates.date(date);
  }

  public static String dateTime(Instant instant) {
    return org.grantwell.web.faces.UkDates.dateTime(instant);
  }

  public static String money(BigDecimal pounds) {
    return MoneyFormat.format(Money.of(pounds == null ? BigDecimal.ZERO : pounds));
  }

  private static String bidRange(BigDecimal min, BigDecimal max) {
    if (min == null || min.signum() == 0) {
      return "Bids up to " + money(max);
    }
    return "Bids from " + money(min) + " to " + money(max);
  }

  private static String match(RoundView.Rules rules) {
    String base = "TOTAL_PROJECT_COST".equals(rules.matchBase()) ? " of the total project cost" : "";
    return percent(rules.matchPercent()) + " match funding" + base + " from " + types(rules.matchLeadTypes())
        + " leads, " + (rules.matchInKindCounts() ? "in kind counts" : "in kind does not count");
  }

  private static String window(Instant closesAt, Instant now) {
    if (closesAt == null) {
      return "no closing date";
    }
    long days = ChronoUnit.DAYS.between(now.atZone(FinancialYear.LONDON).toLocalDate(),
        closesAt.atZone(FinancialYear.LONDON).toLocalDate());
    String left;
    if (!closesAt.isAfter(now)) {
      left = "closed";
    } else if (days == 0) {
      left = "closes today";
    } else {
      left = days + (days == 1 ? " day left" : " days left");
    }
    return "window closes " + dateTime(closesAt) + " (" + left + ")";
  }

  private static String percent(BigDecimal value) {
    return plain(value) + "%";
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String and(List<String> words) {
    if (words.size() <= 1) {
      return words.isEmpty() ? "" : words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
  }
}
