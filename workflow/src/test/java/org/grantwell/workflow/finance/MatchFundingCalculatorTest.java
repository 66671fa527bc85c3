package org.grantwell.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.bid.rules.MatchStatus;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.finance.MatchFundingReport.Group;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked: GW-1 asked £100,000 and was awarded £80,000 on 1 Jun 2026 with £20,000 cash pledged
 * and £5,000 cash received from the council and £10,000 in kind confirmed from the fire service
 * (£35,000, 43.75% of the award); GW-2 asked £50,000, not yet awarded, £10,000 pledged (20.00%).
 */
class MatchFundingCalculatorTest {

  private static final FinancialYear FY = new FinancialYear(2026);
  private static final Instant DECIDED = Instant.parse("2026-06-01T10:00:00Z");
  private static final LocalDate DAY_90 = LocalDate.of(2026, 8, 30);

  private final MatchFundingCalculator calculator = new MatchFundingCalculator();

  @Test
  void shouldTotalByStatusCashAndInKindAgainstTheAward() {
    MatchFundingReport.Bid bid = calculator.bid(awarded(), 90, DAY_90);

    assertThat(bid.awarded()).isTrue();
    assertThat(bid.grant()).isEqualTo(Money.ofPounds(80_000));
    assertThat(bid.totals()).isEqualTo(new MatchTotals(Money.ofPounds(20_000), Money.ofPounds(10_000),
        Money.ofPounds(5_000), Money.ofPounds(25_000), Money.ofPounds(10_000), Money.ofPounds(35_000)));
    assertThat(bid.ratioPercent()).isEqualByComparingTo("43.75");
  }

  @Test
  void shouldTotalBySourceInTheOrderSourcesFirstAppear() {
    MatchFundingReport.Bid bid = calculator.bid(awarded(), 90, DAY_90);

    assertThat(bid.bySource()).extracting(MatchFundingReport.SourceTotal::source)
        .containsExactly("Bristol City Council", "Avon Fire");
    assertThat(bid.bySource().get(0).totals().total()).isEqualTo(Money.ofPounds(25_000));
    assertThat(bid.bySource().get(0).totals().received()).isEqualTo(Money.ofPounds(5_000));
  }

  @Test
  void shouldUseTheRequestAsTheGrantWhenNotAwarded() {
    MatchFundingReport.Bid bid = calculator.bid(notAwarded(), 90, DAY_90);

    assertThat(bid.awarded()).isFalse();
    assertThat(bid.grant()).isEqualTo(Money.ofPounds(50_000));
    assertThat(bid.ratioPercent()).isEqualByComparingTo("20.00");
  }

  @Test
  void shouldNotFlagAPledgeOnTheNinetiethDayAfterTheDecision() {
    MatchFundingReport.Bid bid = calculator.bid(awarded(), 90, DAY_90);

    assertThat(bid.overdue()).isZero();
    assertThat(bid.flagged()).isFalse();
  }

  @Test
  void shouldFlagOnlyThePledgeFromTheNinetyFirstDay() {
    MatchFundingReport.Bid bid = calculator.bid(awarded(), 90, DAY_90.plusDays(1));

    assertThat(bid.overdue()).isEqualTo(1);
    assertThat(bid.flagged()).isTrue();
    assertThat(bid.contributions()).extracting(MatchFundingReport.Contribution::overdue).containsExactly(true, false, false);
  }

  @Test
  void shouldFlagSoonerWhenTheCallSetsFewerDays() {
    assertThat(calculator.bid(awarded(), 30, LocalDate.of(2026, 7, 2)).overdue()).isEqualTo(1);
    assertThat(calculator.bid(awarded(), 30, LocalDate.of(2026, 7, 1)).overdue()).isZero();
  }

  @Test
  void shouldCountDaysFromTheLondonDateOfTheDecision() {
    // 23:30 UTC on 30 Jun is 00:30 on 1 Jul in London (BST): day 90 is 29 Sep
    MatchFacts late = new MatchFacts("GW-3", "t", "R", "P", "Org", Money.ofPounds(1000), Money.ofPounds(1000),
        Instant.parse("2026-06-30T23:30:00Z"), List.of(contribution(0, "A", 100, false, MatchStatus.PLEDGED)));

    assertThat(calculator.bid(late, 90, LocalDate.of(2026, 9, 29)).overdue()).isZero();
    assertThat(calculator.bid(late, 90, LocalDate.of(2026, 9, 30)).overdue()).isEqualTo(1);
  }

  @Test
  void shouldNeverFlagABidThatIsNotAwarded() {
    assertThat(calculator.bid(notAwarded(), 0, LocalDate.of(2030, 1, 1)).overdue()).isZero();
  }

  @Test
  void shouldGiveNoRatioWhenTheGrantIsZero() {
    MatchFacts empty = new MatchFacts("GW-4", "t", "R", "P", "Org", Money.ZERO, null, null, List.of());

    assertThat(calculator.bid(empty, 90, DAY_90).ratioPercent()).isNull();
  }

  @Test
  void shouldRoundTheRatioHalfEvenToTwoPlaces() {
    assertThat(MatchFundingCalculator.ratioPercent(Money.ofPounds(1), Money.ofPounds(3))).isEqualByComparingTo("33.33");
    assertThat(MatchFundingCalculator.ratioPercent(Money.of("0.01"), Money.ofPounds(16))).isEqualByComparingTo("0.06");
  }

  @Test
  void shouldTotalEachRoundAndProgramme() {
    MatchFacts other = new MatchFacts("GW-9", "t", "VC-1", "VCORE", "Org", Money.ofPounds(10_000), null, null,
        List.of(contribution(0, "B", 1_000, true, MatchStatus.RECEIVED)));

    MatchFundingReport report = calculator.calculate(List.of(awarded(), notAwarded(), other), 90, DAY_90.plusDays(1));

    assertThat(report.rounds()).extracting(Group::key).containsExactly("SSF4-1", "VC-1");
    Group ssf = report.rounds().get(0);
    assertThat(ssf.bids()).isEqualTo(2);
    assertThat(ssf.grant()).isEqualTo(Money.ofPounds(130_000));
    assertThat(ssf.totals().total()).isEqualTo(Money.ofPounds(45_000));
    assertThat(ssf.ratioPercent()).isEqualByComparingTo("34.62"); // 45,000 / 130,000 = 34.615...
    assertThat(ssf.overdue()).isEqualTo(1);
    assertThat(report.programmes()).extracting(Group::key).containsExactly("SSF", "VCORE");
    assertThat(report.programmes().get(1).totals().inKind()).isEqualTo(Money.ofPounds(1_000));
  }

  @Test
  void shouldRefuseNegativeDays() {
    assertThatThrownBy(() -> calculator.calculate(List.of(), -1, DAY_90)).isInstanceOf(IllegalArgumentException.class);
  }

  private static MatchFacts awarded() {
    return new MatchFacts("GW-1", "Safer Bristol", "SSF4-1", "SSF", "Bristol City Council", Money.ofPounds(100_000),
        Money.ofPounds(80_000), DECIDED, List.of(
            contribution(0, "Bristol City Council", 20_000, false, MatchStatus.PLEDGED),
            contribution(1, "Avon Fire", 10_000, true, MatchStatus.CONFIRMED),
            contribution(2, "Bristol City Council", 5_000, false, MatchStatus.RECEIVED)));
  }

  private static MatchFacts notAwarded() {
    return new MatchFacts("GW-2", "Safer Bath", "SSF4-1", "SSF", "Bath Council", Money.ofPounds(50_000), null, null,
        List.of(contribution(0, "Bath Council", 10_000, false, MatchStatus.PLEDGED)));
  }

  private static MatchFacts.Contribution contribution(int position, String source, long pounds, boolean inKind, MatchStatus status) {
    return new MatchFacts.Contribution(position, source, FY, Money.ofPounds(pounds), inKind, status, null, null, null);
  }
}
