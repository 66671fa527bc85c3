package org.grantwell.db.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

  @Test
  void shouldBelongToPreviousYearWhenDateIs31March() {
    assertThat(FinancialYear.containing(LocalDate.of(2026, 3, 31)))
        .isEqualTo(new FinancialYear(2025));
  }

  @Test
  void shouldBelongToNewYearWhenDateIs1April() {
    assertThat(FinancialYear.containing(LocalDate.of(2026, 4, 1)))
        .isEqualTo(new FinancialYear(2026));
  }

  @Test
  void shouldBelongToYearStartedLastCalendarYearWhenDateIs1January() {
    assertThat(FinancialYear.containing(LocalDate.of(2027, 1, 1)))
        .isEqualTo(new FinancialYear(2026));
  }

  @Test
  void shouldBelongToYearEndingInMarchWhenDateIsLeapDay() {
    assertThat(FinancialYear.containing(LocalDate.of(2028, 2, 29)))
        .isEqualTo(new FinancialYear(2027));
  }

  @Test
  void shouldStartOn1AprilWhenAskedForFirstDay() {
    assertThat(new FinancialYear(2026).firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void shouldEndOn31MarchOfNextCalendarYearWhenAskedForLastDay() {
    assertThat(new FinancialYear(2026).lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void shouldContainBothBoundaryDaysWhenChecked() {
    FinancialYear year = new FinancialYear(2026);

    assertThat(year.contains(LocalDate.of(2026, 4, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2027, 3, 31))).isTrue();
  }

  @Test
  void shouldNotContainDaysJustOutsideWhenChecked() {
    FinancialYear year = new FinancialYear(2026);

    assertThat(year.contains(LocalDate.of(2026, 3, 31))).isFalse();
    assertThat(year.contains(LocalDate.of(2027, 4, 1))).isFalse();
  }

  @Test
  void shouldContainLeapDayWhenYearEndsInLeapYear() {
    assertThat(new FinancialYear(2027).contains(LocalDate.of(2028, 2, 29))).isTrue();
  }

  @Test
  void shouldParseLabelWhenWrittenAsStartAndTwoDigitEnd() {
    assertThat(FinancialYear.parse("2026-27")).isEqualTo(new FinancialYear(2026));
  }

  @Test
  void shouldParseLabelWhenYearCrossesCentury() {
    assertThat(FinancialYear.parse("2099-00")).isEqualTo(new FinancialYear(2099));
  }

  @Test
  void shouldRejectLabelWhenEndIsNotTheFollowingYear() {
    assertThatThrownBy(() -> FinancialYear.parse("2026-28"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-28");
  }

  @Test
  void shouldRejectLabelWhenEndIsWrittenWithFourDigits() {
    assertThatThrownBy(() -> FinancialYear.parse("2026-2027"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectLabelWhenNull() {
    assertThatThrownBy(() -> FinancialYear.parse(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectYearWhenOutOfRange() {
    assertThatThrownBy(() -> new FinancialYear(1999)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldWriteLabelWithTwoDigitEndWhenFormatted() {
    assertThat(new FinancialYear(2026).label()).isEqualTo("2026-27");
  }

  @Test
  void shouldPadEndWithZeroWhenYearCrossesCentury() {
    assertThat(new FinancialYear(2099)).hasToString("2099-00");
  }

  @Test
  void shouldRoundTripWhenLabelIsParsed() {
    FinancialYear year = new FinancialYear(2031);

    assertThat(FinancialYear.parse(year.label())).isEqualTo(year);
  }

  @Test
  void shouldMoveToFollowingYearWhenNext() {
    assertThat(new FinancialYear(2026).next()).isEqualTo(new FinancialYear(2027));
  }

  @Test
  void shouldOrderByStartYearWhenCompared() {
    assertThat(new FinancialYear(2026)).isLessThan(new FinancialYear(2027));
  }

  @Test
  void shouldGiveNumberedQuarterOfThisYearWhenAskedForQuarter() {
    assertThat(new FinancialYear(2026).quarter(3))
        .isEqualTo(new FinancialQuarter(new FinancialYear(2026), 3));
  }
}
