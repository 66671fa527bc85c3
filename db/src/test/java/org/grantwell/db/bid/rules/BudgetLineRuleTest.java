package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.grantwell.db.bid.rules.Checks.only;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2022;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2023;
import static org.grantwell.db.bid.rules.SaferStreets4.cash;
import static org.grantwell.db.bid.rules.SaferStreets4.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.grantwell.db.shared.FinancialYear;
import org.junit.jupiter.api.Test;

class BudgetLineRuleTest {

  private final RoundRules capitalAtMost30 =
      SaferStreets4.round().maxCapitalPercent(new BigDecimal("30")).build();

  private static List<Violation> check(BidBuilder bid, RuleCode code) {
    return only(code, Checks.check(bid, SaferStreets4.rules()));
  }

  private static BidBuilder capital(String capitalAmount, String revenueAmount) {
    return SaferStreets4.validBid()
        .lines(
            line(FY_2022, 1, "Equipment", true, capitalAmount),
            line(FY_2022, 2, "Staff", false, revenueAmount));
  }

  @Test
  void shouldAcceptCapitalWhenItIsExactlyTheMaximumShare() {
    BidBuilder bid = capital("30000.00", "70000.00");

    assertThat(only(RuleCode.CAPITAL_SHARE_EXCEEDED, Checks.check(bid, capitalAtMost30))).isEmpty();
  }

  @Test
  void shouldRejectCapitalWhenItIsOnePennyOverTheMaximumShare() {
    BidBuilder bid = capital("30000.01", "70000.00");

    assertThat(only(RuleCode.CAPITAL_SHARE_EXCEEDED, Checks.check(bid, capitalAtMost30)))
        .containsExactly(
            new Violation(
                RuleCode.CAPITAL_SHARE_EXCEEDED,
                "budget",
                "Capital lines come to £30,000.01, 30% of the grant requested; this round allows at"
                    + " most 30% capital"));
  }

  @Test
  void shouldRejectLineWhenItsYearIsNotOneOfTheRounds() {
    BidBuilder bid =
        SaferStreets4.validBid()
            .lines(line(FY_2022, 1, "1000.00"), line(FinancialYear.parse("2024-25"), 1, "1000.00"));

    assertThat(check(bid, RuleCode.LINE_YEAR_NOT_IN_ROUND))
        .containsExactly(
            new Violation(
                RuleCode.LINE_YEAR_NOT_IN_ROUND,
                "budgetLines[1]",
                "Budget line 2 is for 2024-25, which is not one of this round's financial years"
                    + " (2022-23 or 2023-24)"));
  }

  @Test
  void shouldNotAlsoReportTheSpendingWindowWhenTheYearIsNotTheRounds() {
    BidBuilder bid =
        SaferStreets4.validBid().lines(line(FinancialYear.parse("2024-25"), 1, "1000.00"));

    assertThat(check(bid, RuleCode.LINE_OUTSIDE_SPENDING_WINDOW)).isEmpty();
  }

  @Test
  void shouldAcceptLineWhenItsQuarterEndsOnTheLastDayOfSpending() {
    BidBuilder bid = SaferStreets4.validBid().lines(line(FY_2023, 2, "1000.00"));

    assertThat(check(bid, RuleCode.LINE_OUTSIDE_SPENDING_WINDOW)).isEmpty();
  }

  @Test
  void shouldRejectLineWhenItsQuarterStartsAfterTheLastDayOfSpending() {
    BidBuilder bid =
        SaferStreets4.validBid().lines(line(FY_2023, 2, "1000.00"), line(FY_2023, 3, "1000.00"));

    assertThat(check(bid, RuleCode.LINE_OUTSIDE_SPENDING_WINDOW))
        .containsExactly(
            new Violation(
                RuleCode.LINE_OUTSIDE_SPENDING_WINDOW,
                "budgetLines[1]",
                "Budget line 2 is for 2023-24 Q3 (1 Oct 2023 to 31 Dec 2023), which is not wholly"
                    + " inside this round's spending window (1 Apr 2022 to 30 Sep 2023)"));
  }

  @Test
  void shouldRejectLineWhenItsQuarterOnlyPartlyOverlapsTheSpendingWindow() {
    RoundRules lateStart =
        SaferStreets4.round()
            .spendingWindow(LocalDate.of(2022, 4, 2), LocalDate.of(2023, 9, 30))
            .build();
    BidBuilder bid =
        SaferStreets4.validBid().lines(line(FY_2022, 1, "1000.00"), line(FY_2022, 2, "1000.00"));

    assertThat(only(RuleCode.LINE_OUTSIDE_SPENDING_WINDOW, Checks.check(bid, lateStart)))
        .extracting(Violation::field, Violation::message)
        .containsExactly(
            tuple(
                "budgetLines[0]",
                "Budget line 1 is for 2022-23 Q1 (1 Apr 2022 to 30 Jun 2022), which is not wholly"
                    + " inside this round's spending window (2 Apr 2022 to 30 Sep 2023)"));
  }

  @Test
  void shouldRejectLineWhenItsCategoryIsNotFunded() {
    BidBuilder bid =
        SaferStreets4.validBid()
            .lines(
                line(FY_2022, 1, "Staff", false, "1000.00"),
                line(FY_2022, 1, "Hospitality", false, "1000.00"));

    assertThat(check(bid, RuleCode.CATEGORY_INELIGIBLE))
        .containsExactly(
            new Violation(
                RuleCode.CATEGORY_INELIGIBLE,
                "budgetLines[1].category",
                "Budget line 2 is in the category \"Hospitality\", which this round does not fund;"
                    + " choose Communications, Equipment, Evaluation, Infrastructure or Staff"));
  }

  @Test
  void shouldAcceptCategoryWhenOnlyCaseAndSpacesDiffer() {
    BidBuilder bid = SaferStreets4.validBid().lines(line(FY_2022, 1, " staff ", false, "1000.00"));

    assertThat(check(bid, RuleCode.CATEGORY_INELIGIBLE)).isEmpty();
  }

  @Test
  void shouldAcceptAnyCategoryWhenTheRoundListsNone() {
    RoundRules anyCategory = SaferStreets4.round().eligibleCategories(Set.of()).build();
    BidBuilder bid =
        SaferStreets4.validBid().lines(line(FY_2022, 1, "Hospitality", false, "1000.00"));

    assertThat(only(RuleCode.CATEGORY_INELIGIBLE, Checks.check(bid, anyCategory))).isEmpty();
  }

  @Test
  void shouldAcceptLineWhenItsAmountIsOnePenny() {
    BidBuilder bid = SaferStreets4.validBid().lines(line(FY_2022, 1, "0.01"));

    assertThat(check(bid, RuleCode.AMOUNT_NOT_POSITIVE)).isEmpty();
  }

  @Test
  void shouldRejectAmountsWhenTheyAreZeroOrNegative() {
    BidBuilder bid =
        SaferStreets4.validBid()
            .lines(line(FY_2022, 1, "0.00"), line(FY_2022, 2, "-0.01"))
            .match(cash("PCC", FY_2022, "5.00"), cash("Council", FY_2022, "0.00"));

    assertThat(check(bid, RuleCode.AMOUNT_NOT_POSITIVE))
        .extracting(Violation::field, Violation::message)
        .containsExactly(
            tuple("budgetLines[0].amount", "Budget line 1 is £0.00; enter an amount above £0.00"),
            tuple("budgetLines[1].amount", "Budget line 2 is -£0.01; enter an amount above £0.00"),
            tuple(
                "matchFunding[1].amount",
                "Match contribution 2 is £0.00; enter an amount above £0.00"));
  }
}
