package org.grantwell.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.grantwell.workflow.report.ReportFixtures.AS_OF;

import java.math.BigDecimal;
import java.util.List;
import org.grantwell.workflow.report.Action1Report.OutcomeTotal;
import org.grantwell.workflow.report.Action1Report.Outcomes;
import org.junit.jupiter.api.Test;

class OutcomeFiguresTest {

  private static final String SUPPORTED = "Victims supported";
  private static final String REFERRALS = "Referrals";

  private static OutcomeFacts outcome(
      String bid, String programme, String area, String indicator, String target, String actual) {
    return new OutcomeFacts(
        bid, programme, area, indicator, new BigDecimal(target),
        actual == null ? null : new BigDecimal(actual));
  }

  /** B1 SSF in N: supported 100 → 80, referrals 10 → 10; B2 SSF in S: 50, not reported; B3 DAPI in N: 40 → 50. */
  private static Outcomes outcomes() {
    List<OutcomeFacts> facts =
        List.of(
            outcome("B2", "SSF", "S", SUPPORTED, "50", null),
            outcome("B1", "SSF", "N", SUPPORTED, "100", "80"),
            outcome("B1", "SSF", "N", REFERRALS, "10", "10"),
            outcome("B3", "DAPI", "N", SUPPORTED, "40", "50"));
    return new Action1Calculator()
        .calculate(new Action1Facts(List.of(), List.of(), List.of(), facts), AS_OF)
        .outcomes();
  }

  private static OutcomeTotal total(
      String group, String indicator, String target, String reportedTarget, String actual,
      String percent, List<String> reported, List<String> notYet) {
    return new OutcomeTotal(
        group, indicator, new BigDecimal(target), new BigDecimal(reportedTarget),
        new BigDecimal(actual), percent == null ? null : new BigDecimal(percent), reported, notYet);
  }

  @Test
  void shouldSetTargetsAgainstActualsPerProgramme() {
    // DAPI supported: 50 / 40 = 125.0 %; SSF referrals 10 / 10 = 100.0 %
    // SSF supported: target 100 + 50 = 150, of which reported 100; actual 80 → 80 / 100 = 80.0 %
    assertThat(outcomes().byProgramme())
        .usingRecursiveFieldByFieldElementComparator(
            org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .build())
        .containsExactly(
            total("DAPI", SUPPORTED, "40", "40", "50", "125.0", List.of("B3"), List.of()),
            total("SSF", REFERRALS, "10", "10", "10", "100.0", List.of("B1"), List.of()),
            total("SSF", SUPPORTED, "150", "100", "80", "80.0", List.of("B1"), List.of("B2")));
  }

  @Test
  void shouldSetTargetsAgainstActualsPerArea() {
    // N supported: targets 100 + 40 = 140, actuals 80 + 50 = 130 → 92.857… → 92.9 %
    // S supported: nothing reported yet → no percentage, B2 outstanding
    List<OutcomeTotal> byArea = outcomes().byArea();

    assertThat(byArea).extracting(OutcomeTotal::group, OutcomeTotal::indicator)
        .containsExactly(
            tuple("N", REFERRALS),
            tuple("N", SUPPORTED),
            tuple("S", SUPPORTED));
    assertThat(byArea.get(1).achievedPercent()).isEqualTo("92.9");
    assertThat(byArea.get(1).reported()).containsExactly("B1", "B3");
    assertThat(byArea.get(2).achievedPercent()).isNull();
    assertThat(byArea.get(2).actual()).isEqualByComparingTo("0");
    assertThat(byArea.get(2).notYetReported()).containsExactly("B2");
  }
}
