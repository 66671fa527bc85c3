package org.grantwell.web.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.report.Action1Report.AreaFunding;
import org.grantwell.workflow.report.Action1Report.Fairness;
import org.grantwell.workflow.report.Action1Report.OutcomeTotal;

/**
 * The dashboard's charts as the Chart.js configuration {@code p:chart} takes (a JSON string):
 * money per 1,000 residents per force area against the national line, and outcome targets against
 * actuals. Colours never carry meaning alone: every series has a legend label, and the page gives
 * the same numbers in a table.
 */
public final class Action1Charts {

  static final String BAR = "#1d3557";
  static final String LINE = "#a4262c";
  static final String TARGET = "#8fa9c7";

  private Action1Charts() {}

  /** One bar per force area (money per 1,000 residents, in pounds) and the national figure as a line. */
  public static String fairness(Fairness fairness) {
    List<AreaFunding> areas = fairness.areas();
    String national = fairness.nationalPerThousand() == null ? "0" : pounds(fairness.nationalPerThousand());
    String labels = strings(areas.stream().map(AreaFunding::name).toList());
    String perThousand = areas.stream().map(a -> pounds(a.perThousand())).collect(Collectors.joining(",", "[", "]"));
    String line = areas.stream().map(a -> national).collect(Collectors.joining(",", "[", "]"));
    return "{\"type\":\"bar\",\"data\":{\"labels\":" + labels + ",\"datasets\":["
        + "{\"type\":\"line\",\"label\":" + string("National figure (£ per 1,000 residents)") + ",\"data\":" + line
        + ",\"borderColor\":\"" + LINE + "\",\"backgroundColor\":\"" + LINE + "\",\"borderDash\":[6,4],\"pointRadius\":0,\"fill\":false,\"order\":0},"
        + "{\"type\":\"bar\",\"label\":" + string("Money per 1,000 residents (£)") + ",\"data\":" + perThousand
        + ",\"backgroundColor\":\"" + BAR + "\",\"order\":1}]},"
        + options("£ per 1,000 residents") + "}";
  }

  /** Per group (programme or area) and indicator: the target and the actual reported. */
  public static String outcomes(List<OutcomeTotal> totals) {
    String labels = strings(totals.stream().map(t -> t.group() + ": " + t.indicator()).toList());
    String targets = numbers(totals.stream().map(OutcomeTotal::target).toList());
    String actuals = numbers(totals.stream().map(OutcomeTotal::actual).toList());
    return "{\"type\":\"bar\",\"data\":{\"labels\":" + labels + ",\"datasets\":["
        + "{\"label\":\"Target\",\"data\":" + targets + ",\"backgroundColor\":\"" + TARGET + "\"},"
        + "{\"label\":\"Actual (verified returns)\",\"data\":" + actuals + ",\"backgroundColor\":\"" + BAR + "\"}]},"
        + options("Outcome") + "}";
  }

  private static String options(String yTitle) {
    return "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
        + "\"plugins\":{\"legend\":{\"position\":\"bottom\"}},"
        + "\"scales\":{\"y\":{\"beginAtZero\":true,\"title\":{\"display\":true,\"text\":" + string(yTitle) + "}}}}";
  }

  private static String pounds(Money money) {
    return money == null ? "0" : money.amount().toPlainString();
  }

  private static String numbers(List<BigDecimal> values) {
    return values.stream().map(v -> v == null ? "0" : v.toPlainString()).collect(Collectors.joining(",", "[", "]"));
  }

  private static String strings(List<String> values) {
    return values.stream().map(Action1Charts::string).collect(Collectors.joining(",", "[", "]"));
  }

  /**
   * A JSON string. Besides the JSON escapes, {@code <}, {@code >} and {@code &} are written as
   * {@code \\u} escapes, because the page puts the configuration inside a script element.
   */
  static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
