package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.db.bid.rules.Checks.check;
import static org.grantwell.db.bid.rules.Checks.only;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2022;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2023;
import static org.grantwell.db.bid.rules.SaferStreets4.line;

import java.util.Map;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class YearMoveRuleTest {

  private static final Map<FinancialYear, Money> APPROVED =
      Map.of(FY_2022, Money.of("400000.00"), FY_2023, Money.of("200000.00"));

  private static BidBuilder bid(String in2022, String in2023) {
    return SaferStreets4.validBid()
        .lines(line(FY_2022, 4, in2022), line(FY_2023, 1, in2023))
        .match(SaferStreets4.cash("PCC", FY_2022, "300000.00"))
        .approvedProfile(APPROVED);
  }

  @Test
  void shouldAcceptBudgetWhenItMatchesTheApprovedProfile() {
    assertThat(check(bid("400000.00", "200000.00"), SaferStreets4.rules())).isEmpty();
  }

  @Test
  void shouldRejectBudgetWhenOnePennyMovedBetweenYearsWithoutApproval() {
    assertThat(
            only(
                RuleCode.YEAR_MOVE_UNAPPROVED,
                check(bid("399999.99", "200000.01"), SaferStreets4.rules())))
        .containsExactly(
            new Violation(
                RuleCode.YEAR_MOVE_UNAPPROVED,
                "budget",
                "The spending per year differs from the approved profile (2022-23: £400,000.00"
                    + " approved, £399,999.99 now; 2023-24: £200,000.00 approved, £200,000.01 now);"
                    + " moving money between financial years needs the funder's recorded"
                    + " approval"));
  }

  @Test
  void shouldAcceptMovedBudgetWhenTheMoveIsApproved() {
    BidBuilder moved = bid("350000.00", "250000.00").yearMoveApproved(true);

    assertThat(only(RuleCode.YEAR_MOVE_UNAPPROVED, check(moved, SaferStreets4.rules()))).isEmpty();
  }

  @Test
  void shouldRejectBudgetWhenAnApprovedYearIsDropped() {
    BidBuilder dropped =
        SaferStreets4.validBid().lines(line(FY_2022, 4, "400000.00")).approvedProfile(APPROVED);

    assertThat(only(RuleCode.YEAR_MOVE_UNAPPROVED, check(dropped, SaferStreets4.rules())))
        .extracting(Violation::message)
        .singleElement()
        .asString()
        .contains("2023-24: £200,000.00 approved, £0.00 now");
  }

  @Test
  void shouldAcceptAnyProfileWhenNoneHasBeenApprovedYet() {
    BidBuilder unprofiled = bid("350000.00", "250000.00").approvedProfile(null);

    assertThat(only(RuleCode.YEAR_MOVE_UNAPPROVED, check(unprofiled, SaferStreets4.rules())))
        .isEmpty();
  }
}
