package org.grantwell.workflow.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.grantwell.db.bid.rules.BudgetLineData;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class AwardProfileTest {

  private static final FinancialYear YEAR = new FinancialYear(2026);
  private static final FinancialYear NEXT_YEAR = new FinancialYear(2027);

  private static BudgetLineData line(FinancialYear year, int quarter, String amount) {
    return new BudgetLineData(year, quarter, "Staff", false, "Outreach workers", Money.of(amount));
  }

  private static Money totalOf(Map<FinancialQuarter, Money> profile) {
    return profile.values().stream().reduce(Money.ZERO, Money::plus);
  }

  @Test
  void shouldProfileFullAwardAsTheBudgetByQuarter() {
    List<BudgetLineData> budget =
        List.of(line(YEAR, 1, "10000.00"), line(YEAR, 2, "25000.50"), line(YEAR, 4, "4999.50"));

    Map<FinancialQuarter, Money> profile = AwardProfile.of(budget, Money.of("40000.00"));

    assertThat(profile)
        .containsExactly(
            entry(YEAR.quarter(1), Money.of("10000.00")),
            entry(YEAR.quarter(2), Money.of("25000.50")),
            entry(YEAR.quarter(4), Money.of("4999.50")));
  }

  @Test
  void shouldAddLinesOfTheSameQuarterTogether() {
    List<BudgetLineData> budget =
        List.of(line(YEAR, 3, "1000.00"), line(YEAR, 1, "500.00"), line(YEAR, 3, "250.25"));

    Map<FinancialQuarter, Money> profile = AwardProfile.of(budget, Money.of("1750.25"));

    assertThat(profile)
        .containsExactly(
            entry(YEAR.quarter(1), Money.of("500.00")), entry(YEAR.quarter(3), Money.of("1250.25")));
  }

  @Test
  void shouldScalePartAwardDownInProportionToEachQuarter() {
    List<BudgetLineData> budget =
        List.of(line(YEAR, 1, "20000.00"), line(YEAR, 2, "30000.00"), line(YEAR, 3, "50000.00"));

    Map<FinancialQuarter, Money> profile = AwardProfile.of(budget, Money.of("50000.00"));

    assertThat(profile)
        .containsExactly(
            entry(YEAR.quarter(1), Money.of("10000.00")),
            entry(YEAR.quarter(2), Money.of("15000.00")),
            entry(YEAR.quarter(3), Money.of("25000.00")));
  }

  @Test
  void shouldGiveThePennyToTheLargestRemainderWhenSharesRoundDown() {
    // Exact shares 20000.002, 30000.003, 50000.005: rounded down they make 100000.00; the penny
    // goes to the largest remainder (the last quarter).
    List<BudgetLineData> budget =
        List.of(line(YEAR, 1, "20000.00"), line(YEAR, 2, "30000.00"), line(YEAR, 3, "50000.00"));

    Map<FinancialQuarter, Money> profile = AwardProfile.of(budget, Money.of("100000.01"));

    assertThat(profile)
        .containsExactly(
            entry(YEAR.quarter(1), Money.of("20000.00")),
            entry(YEAR.quarter(2), Money.of("30000.00")),
            entry(YEAR.quarter(3), Money.of("50000.01")));
  }

  @Test
  void shouldAddUpToTheAwardExactlyOverUnevenQuarters() {
    List<BudgetLineData> budget =
        List.of(line(YEAR, 2, "33333.33"), line(YEAR, 3, "41666.67"), line(YEAR, 4, "62345.67"));

    Map<FinancialQuarter, Money> profile = AwardProfile.of(budget, Money.of("100000.01"));

    assertThat(totalOf(profile)).isEqualTo(Money.of("100000.01"));
  }

  @Test
  void shouldGiveATiedPennyToTheEarliestQuarterWhenBudgetSpansYears() {
    // Three equal thirds of 100.00: the remainders tie, so the earliest quarter gets the penny.
    List<BudgetLineData> budget =
        List.of(line(NEXT_YEAR, 1, "10.00"), line(YEAR, 4, "10.00"), line(YEAR, 3, "10.00"));

    Map<FinancialQuarter, Money> profile = AwardProfile.of(budget, Money.of("100.00"));

    assertThat(profile)
        .containsExactly(
            entry(YEAR.quarter(3), Money.of("33.34")),
            entry(YEAR.quarter(4), Money.of("33.33")),
            entry(NEXT_YEAR.quarter(1), Money.of("33.33")));
  }

  @Test
  void shouldGiveEmptyProfileWhenBudgetIsEmpty() {
    assertThat(AwardProfile.of(List.of(), Money.of("1000.00"))).isEmpty();
  }

  @Test
  void shouldGiveAQuartersProfiledAmount() {
    List<BudgetLineData> budget = List.of(line(YEAR, 1, "20000.00"), line(YEAR, 2, "30000.00"));

    assertThat(AwardProfile.forQuarter(budget, Money.of("25000.00"), YEAR.quarter(2)))
        .isEqualTo(Money.of("15000.00"));
  }

  @Test
  void shouldGiveZeroForAQuarterWithNoBudget() {
    List<BudgetLineData> budget = List.of(line(YEAR, 1, "20000.00"), line(YEAR, 2, "30000.00"));

    assertThat(AwardProfile.forQuarter(budget, Money.of("25000.00"), YEAR.quarter(3)))
        .isEqualTo(Money.ZERO);
  }
}
