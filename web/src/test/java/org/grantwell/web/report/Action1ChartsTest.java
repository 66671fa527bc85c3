package org.grantwell.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.grantwell.workflow.report.Action1Report;
import org.junit.jupiter.api.Test;

class Action1ChartsTest {

  private final Action1Report report = Reports.small();

  @Test
  void shouldGiveOneBarPerAreaInPoundsPerThousandWhenBuildingTheFairnessChart() {
    String json = Action1Charts.fairness(report.fairness());

    assertThat(json).startsWith("{\"type\":\"bar\"")
        .contains("\"labels\":[\"Avon and Somerset\",\"Kent\"]")
        .contains("\"label\":\"Money per 1,000 residents (£)\",\"data\":[147.06,0.00]");
  }

  @Test
  void shouldDrawTheNationalFigureAsALineAtEveryAreaWhenBuildingTheFairnessChart() {
    String json = Action1Charts.fairness(report.fairness());

    assertThat(json).contains("\"type\":\"line\",\"label\":\"National figure (£ per 1,000 residents)\",\"data\":[69.44,69.44]");
    assertThat(balanced(json)).isTrue();
  }

  @Test
  void shouldPairTargetAndActualPerProgrammeAndIndicatorWhenBuildingTheOutcomeChart() {
    String json = Action1Charts.outcomes(report.outcomes().byProgramme());

    assertThat(json).contains("\"labels\":[\"SSF: victims supported\"]")
        .contains("{\"label\":\"Target\",\"data\":[400]")
        .contains("{\"label\":\"Actual (verified returns)\",\"data\":[150]");
    assertThat(balanced(json)).isTrue();
  }

  @Test
  void shouldEscapeQuotesAndMarkupWhenWritingAJsonString() {
    assertThat(Action1Charts.string("Haven \"<Trust>\" & co\n"))
        .isEqualTo("\"Haven \\\"\\u003cTrust\\u003e\\\" \\u0026 co\\n\"");
  }

  /** Brackets and braces pair up outside strings (a cheap check that the JSON is well formed). */
  private static boolean balanced(String json) {
    java.util.Deque<Character> open = new java.util.ArrayDeque<>();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        open.push(c);
      } else if (c == '}' || c == ']') {
        if (open.isEmpty() || open.pop() != (c == '}' ? '{' : '[')) {
          return false;
        }
      }
    }
    return open.isEmpty() && !inString;
  }
}
