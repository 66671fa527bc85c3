package org.grantwell.db.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialQuarterTest {

  private static final FinancialYear FY_2026_27 = new FinancialYear(2026);
  private static final FinancialYear FY_2027_28 = new FinancialYear(2027);

  @Test
  void shouldBeQ1WhenDateIs1April() {
    assertThat(FinancialQuarter.containing(LocalDate.of(2026, 4, 1))).isEqualTo(FY_2026_27.quarter(1));
  }

  @Test
  void shouldBeQ1WhenDateIs30June() {
    assertThat(FinancialQuarter.containing(LocalDate.of(2026, 6, 30)))
        .isEqualTo(FY_2026_27.quarter(1));
  }

  @Test
  void shouldBeQ2WhenDateIs1July() {
    assertThat(FinancialQuarter.containing(LocalDate.of(2026, 7, 1))).isEqualTo(FY_2026_27.quarter(2));
  }

  @Test
  void shouldBeQ2WhenDateIs30September() {
    assertThat(FinancialQuarter.containing(LocalDate.of(2026, 9, 30)))
        .isEqualTo(FY_2026_27.quarter(2));
  }

  @Test
  void shouldBeQ3WhenDateIs1October() {
    assertThat(FinancialQuarter.containing(LocalDate.of(2026, 10, 1)))
        .isEqualTo(FY_2026_27.quarter(3));
  }

  @Test
  void shouldBeQ3OfYearStartedInAprilWhenDateIs31December() {
    assertThat(FinancialQuarter.containing(LocalDate.of(2026, 12, 31)))
        .isEqualTo(FY_2026_27.quarter(3));
  }

  @Test
  void shouldBeQ4OfYearStartedLastCalendarYearWhenDateIs1January() {
    assertThat(FinancialQuarter.containing(LocalDate.of(2027, 1, 1))).isEqualTo(FY_2026_27.quarter(4));
  }

  @Test
  void shouldBeQ4WhenDateIs31March() {
    assertThat(FinancialQuarter.containing(LocalDate.of(2027, 3, 31)))
        .isEqualTo(FY_2026_27.quarter(4));
  }

  @Test
  void shouldBeQ1OfNextYearWhenDateIs1AprilAfterQ4() {
    assertThat(FinancialQuarter.containing(LocalDate.of(2027, 4, 1))).isEqualTo(FY_2027_28.quarter(1));
  }

  @Test
  void shouldBeQ4OfYearStartedInPreviousAprilWhenDateIsLeapDay() {
    assertThat(FinancialQuarter.containing(LocalDate.of(2028, 2, 29)))
        .isEqualTo(FY_2027_28.quarter(4));
  }

  @Test
  void shouldContainLeapDayWhenQ4EndsInLeapYear() {
    FinancialQuarter q4 = FY_2027_28.quarter(4);

    assertThat(q4.contains(LocalDate.of(2028, 2, 29))).isTrue();
    assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2028, 3, 31));
  }

  @Test
  void shouldSpanAprilToJuneWhenQ1() {
    FinancialQuarter q1 = FY_2026_27.quarter(1);

    assertThat(q1.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(q1.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
  }

  @Test
  void shouldSpanJulyToSeptemberWhenQ2() {
    FinancialQuarter q2 = FY_2026_27.quarter(2);

    assertThat(q2.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(q2.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
  }

  @Test
  void shouldSpanOctoberToDecemberWhenQ3() {
    FinancialQuarter q3 = FY_2026_27.quarter(3);

    assertThat(q3.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void shouldSpanJanuaryToMarchOfNextCalendarYearWhenQ4() {
    FinancialQuarter q4 = FY_2026_27.quarter(4);

    assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void shouldNotContainDaysJustOutsideWhenChecked() {
    FinancialQuarter q2 = FY_2026_27.quarter(2);

    assertThat(q2.contains(LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(q2.contains(LocalDate.of(2026, 10, 1))).isFalse();
  }

  @Test
  void shouldStayInSameYearWhenNextFollowsQ1ToQ3() {
    assertThat(FY_2026_27.quarter(3).next()).isEqualTo(FY_2026_27.quarter(4));
  }

  @Test
  void shouldMoveToQ1OfNextYearWhenNextFollowsQ4() {
    assertThat(FY_2026_27.quarter(4).next()).isEqualTo(FY_2027_28.quarter(1));
  }

  @Test
  void shouldRejectNumberWhenBelowOne() {
    assertThatThrownBy(() -> FY_2026_27.quarter(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectNumberWhenAboveFour() {
    assertThatThrownBy(() -> FY_2026_27.quarter(5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectQuarterWhenYearIsMissing() {
    assertThatThrownBy(() -> new FinancialQuarter(null, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldOrderByYearBeforeNumberWhenCompared() {
    assertThat(FY_2026_27.quarter(4)).isLessThan(FY_2027_28.quarter(1));
    assertThat(FY_2026_27.quarter(2)).isLessThan(FY_2026_27.quarter(3));
  }

  @Test
  void shouldNameYearAndQuarterWhenToString() {
    assertThat(FY_2026_27.quarter(3)).hasToString("2026-27 Q3");
  }
}
