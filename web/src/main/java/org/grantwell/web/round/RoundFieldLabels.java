package org.grantwell.web.round;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form's words for the fields the round service names in its errors ({@code rules.matchPercent},
 * {@code rules.criteria[1]}), and the id of the input each belongs to on the set-up form.
 */
public final class RoundFieldLabels {

  private static final Pattern INDEXED = Pattern.compile("([\\w.]+)\\[([^]]*)]");

  /** Field path, then label and component id (relative to the form). */
  private static final Map<String, String[]> FIELDS = Map.ofEntries(
      Map.entry("reference", new String[] {"Reference", "reference"}),
      Map.entry("name", new String[] {"Name", "name"}),
      Map.entry("programmeCode", new String[] {"Programme", "programme"}),
      Map.entry("opensAt", new String[] {"Window opens", "opens-at"}),
      Map.entry("closesAt", new String[] {"Window closes", "closes-at"}),
      Map.entry("pot", new String[] {"Pot", "pot"}),
      Map.entry("minBid", new String[] {"Smallest bid", "min-bid"}),
      Map.entry("maxBid", new String[] {"Largest bid", "max-bid"}),
      Map.entry("spendStart", new String[] {"Spending starts", "spend-start"}),
      Map.entry("spendBy", new String[] {"Spend by", "spend-by"}),
      Map.entry("rules", new String[] {"Rules", null}),
      Map.entry("rules.eligibleLeadTypes", new String[] {"Who may lead a bid", "lead-types"}),
      Map.entry("rules.yearCaps", new String[] {"Cap for a year", null}),
      Map.entry("rules.maxBidsPerArea", new String[] {"Most bids per force area", "max-bids-per-area"}),
      Map.entry("rules.matchPercent", new String[] {"Match funding percentage", "match-percent"}),
      Map.entry("rules.matchBase", new String[] {"Match funding is a share of", "match-base"}),
      Map.entry("rules.matchLeadTypes", new String[] {"Leads who must bring match funding", "match-lead-types"}),
      Map.entry("rules.maxCapitalPercent", new String[] {"Most capital spending", "max-capital-percent"}),
      Map.entry("rules.costCategories", new String[] {"Cost categories", "cost-categories"}),
      Map.entry("rules.criteria", new String[] {"Assessment criteria", null}),
      Map.entry("rules.passMark", new String[] {"Pass mark", "pass-mark"}),
      Map.entry("rules.moderationThreshold", new String[] {"Moderation threshold", "moderation-threshold"}),
      Map.entry("amount", new String[] {"New pot", "amount"}));

  private RoundFieldLabels() {}

  /** The words for a field: {@code Match funding percentage}, {@code Criterion 2}, {@code Cap for 2027-28}. */
  public static String label(String field) {
    if (field == null || field.isBlank()) {
      return "The form";
    }
    Matcher indexed = INDEXED.matcher(field);
    if (indexed.matches()) {
      String index = indexed.group(2);
      return switch (indexed.group(1)) {
        case "rules.criteria" -> "Criterion " + (Integer.parseInt(index) + 1);
        case "rules.yearCaps" -> "Cap for " + (index.isBlank() ? "a year with no name" : index);
        default -> label(indexed.group(1));
      };
    }
    String[] known = FIELDS.get(field);
    return known == null ? field : known[0];
  }

  /** The id of the field's input relative to its form, or null when no one input holds it (rows are placed by the view). */
  public static String componentId(String field) {
    if (field == null) {
      return null;
    }
    Matcher indexed = INDEXED.matcher(field);
    String[] known = FIELDS.get(indexed.matches() ? indexed.group(1) : field);
    return known == null ? null : known[1];
  }

  /**
   * The service's message in the form's terms: the form sends times and dates it has parsed, so the
   * service's "like 2027-01-31T23:59" only ever means the field was left empty.
   */
  public static String message(String field, String message) {
    if (("opensAt".equals(field) || "closesAt".equals(field)) && message.startsWith("Give a London time")) {
      return "Enter a London date and time, like 31/01/2027 23:59";
    }
    if (("spendStart".equals(field) || "spendBy".equals(field)) && message.startsWith("Give a date")) {
      return "Enter a date, like 01/04/2027";
    }
    return message;
  }

  /** The index in {@code rules.criteria[2]} or the year in {@code rules.yearCaps[2027-28]}; null otherwise. */
  public static String index(String field) {
    Matcher indexed = field == null ? null : INDEXED.matcher(field);
    return indexed != null && indexed.matches() ? indexed.group(2) : null;
  }
}
