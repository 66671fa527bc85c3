package org.grantwell.web.bid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a field path of the services ({@code title}, {@code budgetLines[2].amount}, {@code
 * budget[2027-28]}, {@code attachments[0]}) lives in the editor: its step, the client id of its
 * input ({@code editor:budget:2:amount}), and words for it in a message ("Budget line 3, amount").
 */
public final class FieldPaths {

  static final String FORM = "editor";

  private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?$");

  private FieldPaths() {}

  /**
   * The step that holds the field; the review step for what no step can change (the force area, the
   * lead organisation, the round and its window).
   */
  public static EditorStep step(String field) {
    String root = root(field);
    return switch (root) {
      case "title", "summary", "problemStatement", "interventions", "locations" -> EditorStep.BID;
      case "budgetLines", "budget", "grantRequested" -> EditorStep.BUDGET;
      case "matchFunding" -> EditorStep.MATCH;
      case "outcomes" -> EditorStep.OUTCOMES;
      case "attachments", "file", "name" -> EditorStep.ATTACHMENTS;
      default -> EditorStep.REVIEW;
    };
  }

  /** The client id of the input to show the message next to and to focus; null when there is none. */
  public static String clientId(String field) {
    if (field == null) {
      return null;
    }
    Matcher row = ROW.matcher(field);
    if (row.matches()) {
      String table = table(row.group(1));
      if (table == null) {
        return null;
      }
      String column = row.group(3) == null ? firstColumn(row.group(1)) : column(row.group(3));
      return FORM + ":" + table + ":" + row.group(2) + ":" + column;
    }
    return switch (root(field)) {
      case "title" -> FORM + ":title";
      case "summary" -> FORM + ":summary";
      case "problemStatement" -> FORM + ":problem-statement";
      case "interventions" -> FORM + ":interventions";
      case "locations" -> FORM + ":add-location";
      case "budgetLines" -> FORM + ":add-budget-line";
      case "budget", "grantRequested" -> FORM + ":grant-requested";
      case "matchFunding" -> FORM + ":add-match";
      case "outcomes" -> FORM + ":add-outcome";
      case "file", "name", "attachments" -> FORM + ":upload";
      default -> null;
    };
  }

  /** "Budget line 3, amount": where the field is, in words, for the summary at the top. */
  public static String describe(String field) {
    if (field == null) {
      return "";
    }
    Matcher row = ROW.matcher(field);
    if (row.matches()) {
      String what = switch (row.group(1)) {
        case "budgetLines" -> "Budget line";
        case "matchFunding" -> "Match funding";
        case "outcomes" -> "Outcome target";
        case "locations" -> "Location";
        case "attachments" -> "File";
        case "interventions" -> "Intervention";
        case "risks" -> "Risk";
        default -> row.group(1);
      };
      int number = Integer.parseInt(row.group(2)) + 1;
      return what + " " + number + (row.group(3) == null ? "" : ", " + words(row.group(3)));
    }
    if (field.startsWith("budget[")) {
      return "Budget for " + field.substring(7, field.length() - 1);
    }
    return words(field);
  }

  private static String root(String field) {
    if (field == null) {
      return "";
    }
    int end = field.length();
    for (char c : new char[] {'[', '.'}) {
      int at = field.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return field.substring(0, end);
  }

  private static String table(String list) {
    return switch (list) {
      case "budgetLines" -> "budget";
      case "matchFunding" -> "match";
      case "outcomes" -> "outcomes";
      case "locations" -> "locations";
      case "attachments" -> "attachments";
      default -> null;
    };
  }

  private static String firstColumn(String list) {
    return switch (list) {
      case "budgetLines" -> "year";
      case "matchFunding" -> "source";
      case "outcomes" -> "indicator";
      case "locations" -> "local-authority";
      default -> "name";
    };
  }

  private static String column(String property) {
    return switch (property) {
      case "financialYear" -> "year";
      case "localAuthority" -> "local-authority";
      case "howMeasured" -> "how-measured";
      case "inKind" -> "in-kind";
      default -> property;
    };
  }

  /** {@code problemStatement} as "problem statement". */
  private static String words(String camel) {
    String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.UK);
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
