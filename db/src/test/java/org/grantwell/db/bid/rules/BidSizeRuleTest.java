package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.db.bid.rules.Checks.check;
import static org.grantwell.db.bid.rules.Checks.only;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2022;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2023;
import static org.grantwell.db.bid.rules.SaferStreets4.line;

import java.util.List;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class BidSizeRuleTest {

  private final RoundRules noYearCaps = SaferStreets4.roundWithoutYearCaps().build();
  private final RoundRules tenThousandMinimum =
      SaferStreets4.round().bidRange(Money.of("10000.00"), Money.of("750000.00")).build();

  private static BidBuilder asking(String amount) {
    return SaferStreets4.validBid().lines(line(FY_2022, 1, amount)).match(List.of());
  }

  private static BidBuilder asking(String in2022, String in2023) {
    return SaferStreets4.validBid().lines(line(FY_2022, 1, in2022), line(FY_2023, 1, in2023));
  }

  @Test
  void shouldAcceptBidWhenGrantEqualsTheMinimum() {
    List<Violation> violations = check(asking("10000.00"), tenThousandMinimum);

    assertThat(only(RuleCode.BID_BELOW_MINIMUM, violations)).isEmpty();
  }

  @Test
  void shouldRejectBidWhenGrantIsOnePennyUnderTheMinimum() {
    List<Violation> violations = check(asking("9999.99"), tenThousandMinimum);

    assertThat(only(RuleCode.BID_BELOW_MINIMUM, violations))
        .containsExactly(
            new Violation(
                RuleCode.BID_BELOW_MINIMUM,
                "grantRequested",
                "The bid asks for £9,999.99; this round's minimum bid is £10,000.00"));
  }

  @Test
  void shouldAcceptBidWhenGrantEqualsAPotCutToIt() {
    RoundRules cutPot = SaferStreets4.roundWithoutYearCaps().pot(Money.of("100000.00")).build();

    assertThat(only(RuleCode.BID_ABOVE_POT, check(asking("100000.00"), cutPot))).isEmpty();
  }

  @Test
  void shouldRejectBidWhenThePotIsCutToOnePennyBelowIt() {
    RoundRules cutPot = SaferStreets4.roundWithoutYearCaps().pot(Money.of("99999.99")).build();

    assertThat(only(RuleCode.BID_ABOVE_POT, check(asking("100000.00"), cutPot)))
        .containsExactly(
            new Violation(
                RuleCode.BID_ABOVE_POT,
                "grantRequested",
                "The bid asks for £100,000.00; the round's whole pot is now £99,999.99"));
  }

  @Test
  void shouldAcceptBidWhenGrantEqualsTheMaximum() {
    List<Violation> violations = check(asking("500000.00", "250000.00"), noYearCaps);

    assertThat(only(RuleCode.BID_ABOVE_MAXIMUM, violations)).isEmpty();
  }

  @Test
  void shouldRejectBidWhenGrantIsOnePennyOverTheMaximum() {
    List<Violation> violations = check(asking("500000.00", "250000.01"), noYearCaps);

    assertThat(only(RuleCode.BID_ABOVE_MAXIMUM, violations))
        .containsExactly(
            new Violation(
                RuleCode.BID_ABOVE_MAXIMUM,
                "grantRequested",
                "The bid asks for £750,000.01; this round allows at most £750,000.00 per bid"));
  }

  @Test
  void shouldAcceptYearWhenItsTotalEqualsItsCap() {
    List<Violation> violations = check(asking("500000.00", "100000.00"), SaferStreets4.rules());

    assertThat(only(RuleCode.YEAR_CAP_EXCEEDED, violations)).isEmpty();
  }

  @Test
  void shouldRejectYearWhenItsTotalIsOnePennyOverItsCap() {
    List<Violation> violations = check(asking("500000.01", "100000.00"), SaferStreets4.rules());

    assertThat(only(RuleCode.YEAR_CAP_EXCEEDED, violations))
        .containsExactly(
            new Violation(
                RuleCode.YEAR_CAP_EXCEEDED,
                "budget[2022-23]",
                "In 2022-23 the bid asks for £500,000.01; this round allows at most £500,000.00 in"
                    + " that year"));
  }

  @Test
  void shouldSumAllLinesOfAYearWhenCheckingItsCap() {
    BidBuilder bid =
        SaferStreets4.validBid()
            .lines(line(FY_2023, 1, "125000.00"), line(FY_2023, 2, "125000.01"));

    assertThat(only(RuleCode.YEAR_CAP_EXCEEDED, check(bid, SaferStreets4.rules())))
        .extracting(Violation::field)
        .containsExactly("budget[2023-24]");
  }

  @Test
  void shouldReportEachCappedYearInYearOrderWhenBothAreOver() {
    List<Violation> violations = check(asking("500000.01", "250000.01"), SaferStreets4.rules());

    assertThat(only(RuleCode.YEAR_CAP_EXCEEDED, violations))
        .extracting(Violation::field)
        .containsExactly("budget[2022-23]", "budget[2023-24]");
  }
}
