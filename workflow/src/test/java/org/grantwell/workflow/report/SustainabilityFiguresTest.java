package org.grantwell.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.workflow.report.ReportFixtures.AS_OF;
import static org.grantwell.workflow.report.ReportFixtures.award;
import static org.grantwell.workflow.report.ReportFixtures.facts;

import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.report.Action1Report.CliffEdge;
import org.grantwell.workflow.report.Action1Report.Sustainability;
import org.junit.jupiter.api.Test;

class SustainabilityFiguresTest {

  private static Sustainability sustainability(AwardFacts... awards) {
    List<RoundFacts> rounds =
        List.of(ReportFixtures.round("R1", "SSF", 56, "0"), ReportFixtures.round("V1", "VCORE", 56, "0"));
    List<AreaFacts> areas = List.of(ReportFixtures.area("A", 1000));
    return new Action1Calculator()
        .calculate(facts(rounds, List.of(awards), areas), AS_OF)
        .sustainability();
  }

  private static AwardFacts spending(String reference, String amount, LocalDate start, LocalDate end) {
    // each its own recipient, so that none follows another on
    return award(reference, amount).recipient("GB-CHC-" + reference).spend(start, end).build();
  }

  @Test
  void shouldShareMoneyWhoseWindowSpansTwoFinancialYears() {
    // A1 £300,000 from 1 Apr 2024 to 31 Mar 2026 spans 2024-25 and 2025-26; A2 £100,000 is in
    // 2024-25 only: 300,000 / 400,000 = 75.0 %
    Sustainability figures =
        sustainability(
            spending("A1", "300000.00", LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31)),
            spending("A2", "100000.00", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)));

    assertThat(figures.multiYear().part()).isEqualTo(Money.of("300000.00"));
    assertThat(figures.multiYear().whole()).isEqualTo(Money.of("400000.00"));
    assertThat(figures.multiYear().percent()).isEqualTo("75.0");
    assertThat(figures.multiYear().sources()).containsExactly("A1");
    assertThat(figures.multiYear().baseSources()).containsExactly("A1", "A2");
  }

  @Test
  void shouldCountAWindowCrossingThirtyFirstMarchAsMultiYear() {
    // 31 Mar 2025 is in 2024-25 and 1 Apr 2025 in 2025-26: two years, however short
    Sustainability figures =
        sustainability(
            spending("A1", "1000.00", LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1)));

    assertThat(figures.multiYear().percent()).isEqualTo("100.0");
  }

  @Test
  void shouldGiveNoShareWhenNothingWasAwarded() {
    assertThat(sustainability().multiYear().percent()).isNull();
  }

  @Test
  void shouldFlagAnAwardEndingWithinSixMonthsWithNoFollowOn() {
    // as of 15 Jan 2025; spend by 31 Mar 2025: 16 + 28 + 31 = 75 days left
    Sustainability figures =
        sustainability(award("A1", "5000.00").recipient("GB-CHC-1").build());

    assertThat(figures.cliffEdges())
        .containsExactly(
            new CliffEdge(
                "A1", "SSF", "GB-CHC-1", "Recipient GB-CHC-1", Money.of("5000.00"),
                LocalDate.of(2025, 3, 31), 75));
  }

  @Test
  void shouldNotFlagAnAwardFollowedOnInTheSameProgramme() {
    // A2 to the same recipient in SSF is spent by 31 Mar 2026, after A1's 31 Mar 2025
    Sustainability figures =
        sustainability(
            award("A1", "5000.00").recipient("GB-CHC-7").build(),
            award("A2", "5000.00")
                .recipient("GB-CHC-7")
                .spend(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31))
                .build());

    assertThat(figures.cliffEdges()).isEmpty();
  }

  @Test
  void shouldFlagAnAwardWhoseOnlyLaterAwardIsInAnotherProgramme() {
    Sustainability figures =
        sustainability(
            award("A1", "5000.00").recipient("GB-CHC-7").build(),
            award("V1", "5000.00")
                .round("V1", "VCORE")
                .recipient("GB-CHC-7")
                .spend(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31))
                .build());

    assertThat(figures.cliffEdges()).extracting(CliffEdge::bidReference).containsExactly("A1");
  }

  @Test
  void shouldFlagOnTheLastDayOfTheSixMonthsButNotTheDayAfterOrBeforeAsOf() {
    // horizon = 15 Jan 2025 + 6 months = 15 Jul 2025: 16+28+31+30+31+30+15 = 181 days
    Sustainability figures =
        sustainability(
            spending("ON", "1.00", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 15)),
            spending("AFTER", "1.00", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 16)),
            spending("ENDED", "1.00", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 1, 14)));

    assertThat(figures.cliffEdges()).extracting(CliffEdge::bidReference).containsExactly("ON");
    assertThat(figures.cliffEdges().get(0).daysLeft()).isEqualTo(181);
  }
}
