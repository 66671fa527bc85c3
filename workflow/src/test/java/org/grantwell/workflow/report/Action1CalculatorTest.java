package org.grantwell.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grantwell.workflow.report.ReportFixtures.AS_OF;

import java.util.List;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class Action1CalculatorTest {

  @Test
  void shouldFlagWindowsUnderEightWeeksByDefault() {
    assertThat(new Action1Calculator().minimumWindowDays()).isEqualTo(56);
  }

  @Test
  void shouldRefuseAMinimumWindowOfLessThanADay() {
    assertThatThrownBy(() -> new Action1Calculator(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldGiveEmptyFiguresWithoutSharesWhenThereAreNoFacts() {
    Action1Report report =
        new Action1Calculator()
            .calculate(new Action1Facts(List.of(), List.of(), List.of(), List.of()), AS_OF);

    assertThat(report.asOf()).isEqualTo(AS_OF);
    assertThat(report.sustainability().multiYear().percent()).isNull();
    assertThat(report.access().applicationWindows()).isEmpty();
    assertThat(report.access().spendingWindow().medianDays()).isNull();
    assertThat(report.access().matchFundedRounds().percent()).isNull();
    assertThat(report.access().matchFundingAsked().amount()).isEqualTo(Money.ZERO);
    assertThat(report.fairness().spread().gini()).isNull();
    assertThat(report.duplications()).isEmpty();
    assertThat(report.outcomes().byProgramme()).isEmpty();
  }
}
