package org.grantwell.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.finance.SpendingReport.WindowState;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked: a 365-day window 1 Apr 2026 to 31 Mar 2027 for an award of £120,000, and a 300-day
 * window 1 Apr 2026 to 25 Jan 2027 (two thirds = 200 days, reached on 17 Oct 2026).
 */
class SpendingWindowCalculatorTest {

  private static final FinancialYear FY = new FinancialYear(2026);
  private static final FinancialQuarter Q1 = FY.quarter(1);
  private static final FinancialQuarter Q2 = FY.quarter(2);
  private static final FinancialQuarter Q3 = FY.quarter(3);
  private static final LocalDate START = LocalDate.of(2026, 4, 1);
  private static final LocalDate YEAR_END = LocalDate.of(2027, 3, 31);
  private static final LocalDate DAY_300 = LocalDate.of(2027, 1, 25);
  private static final Money AWARD = Money.ofPounds(120_000);

  private final SpendingWindowCalculator calculator = new SpendingWindowCalculator();

  @Test
  void shouldForecastAtTheRunRateSoFarWhenTheWindowIsOpen() {
    // 183 days from 1 Apr to 30 Sep; £50,000 spent: £273.22 a day; 50,000 × 365 / 183 = 99,726.775...
    SpendingReport.Award award = calculator.award(
        facts("GW-1", AWARD, YEAR_END, Map.of(Q1, pounds(20_000), Q2, pounds(30_000))), LocalDate.of(2026, 9, 30));

    assertThat(award.window()).isEqualTo(WindowState.OPEN);
    assertThat(award.windowDays()).isEqualTo(365);
    assertThat(award.elapsedDays()).isEqualTo(183);
    assertThat(award.spent()).isEqualTo(pounds(50_000));
    assertThat(award.runRatePerDay()).isEqualByComparingTo("273.22");
    assertThat(award.forecast()).isEqualTo(Money.of("99726.78"));
    assertThat(award.underspendAtRisk()).isEqualTo(Money.of("20273.22"));
    assertThat(award.elapsedPercent()).isEqualByComparingTo("50.1");
    assertThat(award.spentPercent()).isEqualByComparingTo("41.7");
    assertThat(award.behind()).isFalse();
  }

  @Test
  void shouldCountOnlyQuartersBegunByTheAsOfDateWhenSpendIsLater() {
    SpendingReport.Award award = calculator.award(
        facts("GW-1", AWARD, YEAR_END, Map.of(Q1, pounds(20_000), Q3, pounds(5_000))), LocalDate.of(2026, 9, 30));

    assertThat(award.spent()).isEqualTo(pounds(20_000));
    assertThat(award.quarters()).extracting(SpendingReport.Quarter::quarter)
        .containsExactly("2026-27 Q1", "2026-27 Q2", "2026-27 Q3");
  }

  @Test
  void shouldSumTheProfileToDateFromTheQuartersBegun() {
    SpendingReport.Award award = calculator.award(
        facts("GW-1", AWARD, YEAR_END, Map.of()), LocalDate.of(2026, 7, 1));

    // profile: Q1 £40,000, Q2 £50,000, Q3 £30,000; by 1 Jul Q1 and Q2 have begun
    assertThat(award.profiledToDate()).isEqualTo(pounds(90_000));
  }

  @Test
  void shouldForecastNothingAndRiskNothingWhenTheWindowHasNotStarted() {
    SpendingReport.Award award = calculator.award(facts("GW-1", AWARD, YEAR_END, Map.of()), LocalDate.of(2026, 3, 31));

    assertThat(award.window()).isEqualTo(WindowState.NOT_STARTED);
    assertThat(award.elapsedDays()).isZero();
    assertThat(award.runRatePerDay()).isNull();
    assertThat(award.forecast()).isNull();
    assertThat(award.underspendAtRisk()).isEqualTo(Money.ZERO);
    assertThat(award.behind()).isFalse();
  }

  @Test
  void shouldForecastTheSpendItselfWhenTheWindowIsOver() {
    SpendingReport.Award award = calculator.award(
        facts("GW-1", AWARD, YEAR_END, Map.of(Q1, pounds(100_000))), LocalDate.of(2027, 4, 15));

    assertThat(award.window()).isEqualTo(WindowState.OVER);
    assertThat(award.elapsedDays()).isEqualTo(365);
    assertThat(award.forecast()).isEqualTo(pounds(100_000));
    assertThat(award.underspendAtRisk()).isEqualTo(pounds(20_000));
    assertThat(award.behind()).isFalse();
  }

  @Test
  void shouldPutTheWholeAwardAtRiskWhenNothingIsSpent() {
    SpendingReport.Award award = calculator.award(facts("GW-1", AWARD, YEAR_END, Map.of()), LocalDate.of(2026, 9, 30));

    assertThat(award.runRatePerDay()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(award.forecast()).isEqualTo(Money.ZERO);
    assertThat(award.underspendAtRisk()).isEqualTo(AWARD);
  }

  @Test
  void shouldRiskNothingWhenTheForecastExceedsTheAward() {
    SpendingReport.Award award = calculator.award(
        facts("GW-1", AWARD, YEAR_END, Map.of(Q1, pounds(100_000))), LocalDate.of(2026, 6, 30));

    assertThat(award.forecast()).isGreaterThan(AWARD);
    assertThat(award.underspendAtRisk()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldNotFlagWhenExactlyTwoThirdsOfTheWindowHasPassed() {
    SpendingReport.Award award = calculator.award(facts("GW-1", AWARD, DAY_300, Map.of()), LocalDate.of(2026, 10, 17));

    assertThat(award.windowDays()).isEqualTo(300);
    assertThat(award.elapsedDays()).isEqualTo(200);
    assertThat(award.behind()).isFalse();
  }

  @Test
  void shouldFlagWhenLessThanHalfIsSpentAfterMoreThanTwoThirds() {
    SpendingReport.Award award = calculator.award(
        facts("GW-1", AWARD, DAY_300, Map.of(Q1, Money.of("59999.99"))), LocalDate.of(2026, 10, 18));

    assertThat(award.elapsedDays()).isEqualTo(201);
    assertThat(award.behind()).isTrue();
  }

  @Test
  void shouldNotFlagWhenExactlyHalfIsSpentAfterMoreThanTwoThirds() {
    SpendingReport.Award award = calculator.award(
        facts("GW-1", AWARD, DAY_300, Map.of(Q1, pounds(60_000))), LocalDate.of(2026, 10, 18));

    assertThat(award.behind()).isFalse();
  }

  @Test
  void shouldListAwardsAtRiskLargestFirstWithTheirTotal() {
    LocalDate asOf = LocalDate.of(2026, 9, 30); // 183 of 365 days
    SpendingReport report = calculator.calculate(List.of(
        facts("GW-A", AWARD, YEAR_END, Map.of(Q1, pounds(50_000))), // forecast 99,726.78: 20,273.22 at risk
        facts("GW-B", AWARD, YEAR_END, Map.of()), // 120,000 at risk
        facts("GW-C", AWARD, YEAR_END, Map.of(Q1, pounds(70_000)))), asOf); // forecast 139,617.49: none

    assertThat(report.atRisk()).extracting(SpendingReport.Award::bidReference).containsExactly("GW-B", "GW-A");
    assertThat(report.totalAtRisk()).isEqualTo(Money.of("140273.22"));
    assertThat(report.awards()).hasSize(3);
  }

  @Test
  void shouldSumTheMoneyAtRiskByRoundMostFirst() {
    // as of 31 Mar 2027 (window over): spent 100,000 and 50,000 of 120,000 each in SSF4, 120,000 in VC
    SpendFacts first = facts("GW-1", AWARD, YEAR_END, Map.of(Q1, pounds(100_000)));
    SpendFacts second = facts("GW-2", AWARD, YEAR_END, Map.of(Q1, pounds(50_000)));
    SpendFacts other = new SpendFacts("GW-3", "Project", "VC", "VCORE", "Avon", AWARD, START, YEAR_END, Map.of(),
        Map.of(Q1, pounds(120_000)));

    SpendingReport report = calculator.calculate(List.of(other, first, second), YEAR_END);

    assertThat(report.rounds()).extracting(SpendingReport.RoundRisk::roundReference).containsExactly("SSF4", "VC");
    SpendingReport.RoundRisk ssf = report.rounds().get(0);
    assertThat(ssf.awards()).isEqualTo(2);
    assertThat(ssf.awarded()).isEqualTo(pounds(240_000));
    assertThat(ssf.spent()).isEqualTo(pounds(150_000));
    assertThat(ssf.atRisk()).isEqualTo(pounds(90_000)); // 20,000 + 70,000
    assertThat(ssf.behind()).isEqualTo(1); // GW-2: under half spent after the whole window
    assertThat(report.rounds().get(1).atRisk()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldPutNothingAtRiskOnAClosedAward() {
    // window over, £50,000 of £120,000 spent: open, £70,000 would be at risk; closed, the underspend is settled
    SpendFacts open = facts("GW-1", AWARD, YEAR_END, Map.of(Q1, pounds(50_000)));
    SpendFacts closed = new SpendFacts("GW-1", "Project", "SSF4", "SSF", "Avon", AWARD, START, YEAR_END, open.profile(),
        open.verifiedSpend(), true);

    assertThat(calculator.award(open, LocalDate.of(2027, 4, 30)).underspendAtRisk()).isEqualTo(AWARD.minus(pounds(50_000)));
    SpendingReport.Award award = calculator.award(closed, LocalDate.of(2027, 4, 30));
    assertThat(award.underspendAtRisk()).isEqualTo(Money.ZERO);
    assertThat(award.behind()).isFalse();
    assertThat(calculator.calculate(List.of(closed), LocalDate.of(2027, 4, 30)).atRisk()).isEmpty();
  }

  private static SpendFacts facts(String reference, Money amount, LocalDate spendBy, Map<FinancialQuarter, Money> spend) {
    return new SpendFacts(reference, "Project", "SSF4", "SSF", "Avon", amount, START, spendBy,
        Map.of(Q1, pounds(40_000), Q2, pounds(50_000), Q3, pounds(30_000)), spend);
  }

  private static Money pounds(long pounds) {
    return Money.ofPounds(pounds);
  }
}
