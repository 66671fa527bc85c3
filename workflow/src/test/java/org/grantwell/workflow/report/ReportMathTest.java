package org.grantwell.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.workflow.report.ReportFixtures.london;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportMathTest {

  private static List<BigDecimal> values(long... values) {
    return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
  }

  @Test
  void shouldGiveZeroGiniWhenAllValuesAreEqual() {
    // {1,1,1}: every pairwise difference is 0, so G = 0
    assertThat(ReportMath.gini(values(1, 1, 1))).isEqualByComparingTo("0");
  }

  @Test
  void shouldGiveThreeQuartersGiniWhenOneOfFourHasEverything() {
    // {0,0,0,1}: Σ|xi-xj| over ordered pairs = 2·3·1 = 6; mean = 1/4; G = 6 / (2·16·1/4) = 0.75
    assertThat(ReportMath.gini(values(0, 0, 0, 1))).isEqualByComparingTo("0.7500");
  }

  @Test
  void shouldGiveAQuarterGiniForOneTwoThreeFour() {
    // {1,2,3,4}: Σ|xi-xj| = 2·(1+2+3+1+2+1) = 20; mean 2.5; G = 20 / (2·16·2.5) = 0.25
    // sorted form: (2·(1·1+2·2+3·3+4·4) − 5·10) / (4·10) = (60 − 50) / 40 = 0.25
    assertThat(ReportMath.gini(values(4, 2, 3, 1))).isEqualByComparingTo("0.2500");
  }

  @Test
  void shouldRoundGiniToFourPlacesWhenItDoesNotEndThere() {
    // {0,1,2,3}: (2·(0+2+6+12) − 5·6) / (4·6) = 10/24 = 0.41666… → 0.4167
    assertThat(ReportMath.gini(values(0, 1, 2, 3))).isEqualTo(new BigDecimal("0.4167"));
  }

  @Test
  void shouldGiveNoGiniWhenNothingWasAwarded() {
    assertThat(ReportMath.gini(values(0, 0))).isNull();
  }

  @Test
  void shouldTakeTheMiddleValueAsMedianOfAnOddCount() {
    // sorted 42, 56, 70 → 56
    assertThat(ReportMath.median(List.of(70L, 42L, 56L))).isEqualTo(new BigDecimal("56.0"));
  }

  @Test
  void shouldAverageTheMiddleTwoAsMedianOfAnEvenCount() {
    // sorted 42, 56, 57, 70 → (56 + 57) / 2 = 56.5
    assertThat(ReportMath.median(List.of(70L, 57L, 42L, 56L))).isEqualTo(new BigDecimal("56.5"));
  }

  @Test
  void shouldGiveNoMedianOfNothing() {
    assertThat(ReportMath.median(List.of())).isNull();
  }

  @Test
  void shouldRoundPercentHalfEvenToOnePlace() {
    // 1/8 = 12.5 %; 1/16 = 6.25 % → 6.2 (half-even); 3/16 = 18.75 % → 18.8
    assertThat(ReportMath.percent(BigDecimal.ONE, BigDecimal.valueOf(8))).isEqualTo("12.5");
    assertThat(ReportMath.percent(BigDecimal.ONE, BigDecimal.valueOf(16))).isEqualTo("6.2");
    assertThat(ReportMath.percent(BigDecimal.valueOf(3), BigDecimal.valueOf(16))).isEqualTo("18.8");
  }

  @Test
  void shouldCountEightWeeksWhenAWindowSpansTheStartOfSummerTime() {
    // 1 Mar 2024 10:00 GMT to 26 Apr 2024 10:00 BST (clocks went forward 31 Mar): only 55 days
    // 23 hours elapse, so counting 24-hour periods says 55; the London dates say 56
    var opens = london(2024, 3, 1, 10, 0);
    var closes = london(2024, 4, 26, 10, 0);

    assertThat(Duration.between(opens, closes).toDays()).isEqualTo(55);
    assertThat(ReportMath.applicationDays(opens, closes)).isEqualTo(56);
  }

  @Test
  void shouldCountLondonDatesNotUtcDatesWhenAWindowOpensJustAfterMidnightInSummer() {
    // opens 00:30 BST 1 Jun (23:30 UTC 31 May), closes 23:00 BST 26 Jul (22:00 UTC 26 Jul):
    // London dates 1 Jun → 26 Jul = 55 days (UTC dates would say 56)
    assertThat(ReportMath.applicationDays(london(2024, 6, 1, 0, 30), london(2024, 7, 26, 23, 0)))
        .isEqualTo(55);
  }

  @Test
  void shouldEndAWindowClosingAtMidnightOnTheDayBefore() {
    // closes 00:00 27 Apr = the end of 26 Apr: 1 Mar → 26 Apr = 56 days
    assertThat(ReportMath.applicationDays(london(2024, 3, 1, 9, 0), london(2024, 4, 27, 0, 0)))
        .isEqualTo(56);
  }

  @Test
  void shouldCountBothEndsOfASpendingWindow() {
    // 1 Apr 2024 to 31 Mar 2025 inclusive: 365 days (no 29 Feb in between)
    assertThat(ReportMath.spendingDays(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)))
        .isEqualTo(365);
  }
}
