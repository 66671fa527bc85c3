package org.grantwell.workflow.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReturnPeriodsTest {

  private static final FinancialYear FY_2026 = new FinancialYear(2026);
  private static final FinancialYear FY_2027 = new FinancialYear(2027);

  /** 15 Nov 2026 to 10 May 2027: across the calendar and the financial year end. */
  private static final LocalDate SPEND_START = LocalDate.of(2026, 11, 15);

  private static final LocalDate SPEND_BY = LocalDate.of(2027, 5, 10);

  @Test
  void shouldListEveryQuarterTheWindowTouchesAcrossTheYearEnd() {
    assertThat(ReturnPeriods.quarters(SPEND_START, SPEND_BY))
        .containsExactly(FY_2026.quarter(3), FY_2026.quarter(4), FY_2027.quarter(1));
  }

  @Test
  void shouldListOneQuarterWhenWindowLiesWithinIt() {
    assertThat(ReturnPeriods.quarters(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
        .containsExactly(FY_2026.quarter(1));
  }

  @Test
  void shouldGiveFirstQuarterWhenNoneDone() {
    assertThat(ReturnPeriods.next(SPEND_START, SPEND_BY, List.of())).contains(FY_2026.quarter(3));
  }

  @Test
  void shouldSkipDoneQuartersWhenGivingTheNext() {
    List<FinancialQuarter> done = List.of(FY_2026.quarter(3), FY_2026.quarter(4));

    assertThat(ReturnPeriods.next(SPEND_START, SPEND_BY, done)).contains(FY_2027.quarter(1));
  }

  @Test
  void shouldGiveEarliestQuarterNotDoneWhenALaterOneIsDone() {
    List<FinancialQuarter> done = List.of(FY_2026.quarter(3), FY_2027.quarter(1));

    assertThat(ReturnPeriods.next(SPEND_START, SPEND_BY, done)).contains(FY_2026.quarter(4));
  }

  @Test
  void shouldGiveNoNextQuarterWhenAllAreDone() {
    List<FinancialQuarter> done = List.of(FY_2027.quarter(1), FY_2026.quarter(3), FY_2026.quarter(4));

    assertThat(ReturnPeriods.next(SPEND_START, SPEND_BY, done)).isEmpty();
  }

  @Test
  void shouldEndSummerQuarterAtMidnightBritishSummerTime() {
    // Q1 ends 30 June; 1 July 00:00 BST (UTC+1) is 30 June 23:00 UTC.
    assertThat(ReturnPeriods.endOf(FY_2026.quarter(1))).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
  }

  @Test
  void shouldEndAutumnQuarterAtMidnightBritishSummerTime() {
    // Clocks go back on the last Sunday of October, so 1 October is still BST.
    assertThat(ReturnPeriods.endOf(FY_2026.quarter(2))).isEqualTo(Instant.parse("2026-09-30T23:00:00Z"));
  }

  @Test
  void shouldEndWinterQuarterAtMidnightGreenwichMeanTime() {
    // Q3 ends 31 December; 1 January 00:00 GMT is midnight UTC.
    assertThat(ReturnPeriods.endOf(FY_2026.quarter(3))).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
  }

  @Test
  void shouldEndFinancialYearAtMidnightBritishSummerTime() {
    // Q4 ends 31 March; clocks went forward on 28 March 2027, so 1 April 00:00 BST is 31 March 23:00 UTC.
    assertThat(ReturnPeriods.endOf(FY_2026.quarter(4))).isEqualTo(Instant.parse("2027-03-31T23:00:00Z"));
  }

  static Stream<FinancialQuarter> quarters() {
    return Stream.of(
        FY_2026.quarter(1),
        FY_2026.quarter(2),
        FY_2026.quarter(3),
        FY_2026.quarter(4),
        FY_2027.quarter(4),
        new FinancialYear(2030).quarter(3));
  }

  @ParameterizedTest
  @MethodSource("quarters")
  void shouldFindTheQuarterThatEndedAtItsEnd(FinancialQuarter quarter) {
    assertThat(ReturnPeriods.endingAt(ReturnPeriods.endOf(quarter))).isEqualTo(quarter);
  }
}
