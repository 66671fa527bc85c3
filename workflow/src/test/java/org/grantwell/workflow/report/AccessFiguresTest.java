package org.grantwell.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grantwell.workflow.report.ReportFixtures.AS_OF;
import static org.grantwell.workflow.report.ReportFixtures.area;
import static org.grantwell.workflow.report.ReportFixtures.award;
import static org.grantwell.workflow.report.ReportFixtures.facts;
import static org.grantwell.workflow.report.ReportFixtures.london;
import static org.grantwell.workflow.report.ReportFixtures.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.report.Action1Report.Access;
import org.grantwell.workflow.report.Action1Report.ProgrammeWindows;
import org.grantwell.workflow.report.Action1Report.ShortWindow;
import org.junit.jupiter.api.Test;

class AccessFiguresTest {

  private static final List<RoundFacts> ROUNDS =
      List.of(
          round("R1", "SSF", 56, "50"),
          round("R2", "SSF", 42, "0"),
          round("R3", "SSF", 70, "20"),
          round("D1", "DAPI", 70, "0"),
          round("D2", "DAPI", 56, "0"));

  private static Access access(Action1Calculator calculator, AwardFacts... awards) {
    return calculator
        .calculate(facts(ROUNDS, List.of(awards), List.of(area("A", 1000))), AS_OF)
        .access();
  }

  private static Access access(AwardFacts... awards) {
    return access(new Action1Calculator(), awards);
  }

  @Test
  void shouldGiveMedianAndShortestApplicationWindowPerProgramme() {
    // DAPI: 56, 70 → median (56 + 70) / 2 = 63.0, shortest 56 (D2)
    // SSF: 42, 56, 70 → median 56.0, shortest 42 (R2)
    assertThat(access().applicationWindows())
        .containsExactly(
            new ProgrammeWindows("DAPI", new BigDecimal("63.0"), 56, "D2", List.of("D1", "D2")),
            new ProgrammeWindows(
                "SSF", new BigDecimal("56.0"), 42, "R2", List.of("R1", "R2", "R3")));
  }

  @Test
  void shouldFlagWindowsShorterThanEightWeeksButNotExactlyEightWeeks() {
    // R2 is 42 days; R1 and D2 are exactly 56 and pass
    Access figures = access();

    assertThat(figures.minimumWindowDays()).isEqualTo(56);
    assertThat(figures.shortWindows()).containsExactly(new ShortWindow("R2", "SSF", 42));
  }

  @Test
  void shouldFlagAgainstAConfiguredMinimum() {
    // minimum 60: 42 and both 56s are short, the 70s are not
    assertThat(access(new Action1Calculator(60)).shortWindows())
        .extracting(ShortWindow::roundReference)
        .containsExactly("D2", "R1", "R2");
  }

  @Test
  void shouldGiveTheMedianSpendingWindowOfAnOddAndAnEvenCount() {
    // 1 Apr 24–31 Mar 25 = 365 days; 1 Oct 24–31 Mar 25 = 30+31+30+31+31+28+31 = 182;
    // 1 Apr 24–31 Mar 26 = 730; 1 Jan 25–31 Mar 25 = 31+28+31 = 90
    AwardFacts year = award("A", "1.00").build();
    AwardFacts half = award("B", "1.00").spend(date(2024, 10, 1), date(2025, 3, 31)).build();
    AwardFacts two = award("C", "1.00").spend(date(2024, 4, 1), date(2026, 3, 31)).build();
    AwardFacts quarter = award("D", "1.00").spend(date(2025, 1, 1), date(2025, 3, 31)).build();

    // odd: 182, 365, 730 → 365.0
    assertThat(access(year, half, two).spendingWindow().medianDays()).isEqualTo("365.0");
    // even: 90, 182, 365, 730 → (182 + 365) / 2 = 273.5
    DayMedian even = access(year, half, two, quarter).spendingWindow();
    assertThat(even.medianDays()).isEqualTo("273.5");
    assertThat(even.sources()).containsExactly("A", "B", "C", "D");
  }

  @Test
  void shouldShareMoneyWithLessThanSixMonthsFromDecisionToSpendBy() {
    // all spent by 31 Mar 2025. A decided 2 Dec 2024: 29+31+28+31 = 119 days, short.
    // B decided 29 Sep 2024: 1+31+30+31+31+28+31 = 183 days, exactly six months, not short.
    // C decided 30 Sep 2024: 182 days, short. D decided 1 Mar 2024: not short.
    // short money = 10,000 + 20,000 = 30,000 of 100,000 → 30.0 %
    Access figures =
        access(
            award("A", "10000.00").decided(london(2024, 12, 2, 10, 0)).build(),
            award("B", "30000.00").decided(london(2024, 9, 29, 10, 0)).build(),
            award("C", "20000.00").decided(london(2024, 9, 30, 10, 0)).build(),
            award("D", "40000.00").decided(london(2024, 3, 1, 10, 0)).build());

    assertThat(figures.shortSpendingTime().part()).isEqualTo(Money.of("30000.00"));
    assertThat(figures.shortSpendingTime().percent()).isEqualTo("30.0");
    assertThat(figures.shortSpendingTime().sources()).containsExactly("A", "C");
  }

  @Test
  void shouldDateADecisionInLondonWhenItFallsJustAfterMidnightInSummerTime() {
    // 23:30 UTC 29 Sep 2024 is 00:30 BST 30 Sep: 182 days to 31 Mar 2025, so short
    // (the UTC date would give 183 and miss it)
    Access figures =
        access(award("A", "1000.00").decided(Instant.parse("2024-09-29T23:30:00Z")).build());

    assertThat(figures.shortSpendingTime().sources()).containsExactly("A");
  }

  @Test
  void shouldShareRoundsAskingForMatchFunding() {
    // R1 (50 %) and R3 (20 %) of five rounds → 40.0 %
    CountShare share = access().matchFundedRounds();

    assertThat(share.part()).isEqualTo(2);
    assertThat(share.whole()).isEqualTo(5);
    assertThat(share.percent()).isEqualTo("40.0");
    assertThat(share.sources()).containsExactly("R1", "R3");
  }

  @Test
  void shouldTotalTheMatchFundingAskedOfFundedBidders() {
    // A £100,000 in R1 at 50 % = 50,000.00; B £33,333.33 in R3 at 20 % = 6,666.666 → 6,666.67;
    // C in R2 asks none. Total 56,666.67
    MoneyTotal asked =
        access(
                award("A", "100000.00").round("R1", "SSF").build(),
                award("B", "33333.33").round("R3", "SSF").build(),
                award("C", "10000.00").round("R2", "SSF").build())
            .matchFundingAsked();

    assertThat(asked.amount()).isEqualTo(Money.of("56666.67"));
    assertThat(asked.sources()).containsExactly("A", "B");
  }

  @Test
  void shouldShareAwardsPublishedAsOpenData() {
    // one of three → 33.3 %
    CountShare share =
        access(award("A", "1.00").published().build(), award("B", "1.00").build(), award("C", "1.00").build())
            .openData();

    assertThat(share.percent()).isEqualTo("33.3");
    assertThat(share.sources()).containsExactly("A");
    assertThat(share.baseSources()).containsExactly("A", "B", "C");
  }

  @Test
  void shouldRefuseAnAwardInARoundNotGiven() {
    assertThatThrownBy(() -> access(award("A", "1.00").round("X9", "SSF").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X9");
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
