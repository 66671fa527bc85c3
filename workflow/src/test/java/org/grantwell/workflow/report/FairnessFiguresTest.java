package org.grantwell.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.grantwell.workflow.report.ReportFixtures.AS_OF;
import static org.grantwell.workflow.report.ReportFixtures.area;
import static org.grantwell.workflow.report.ReportFixtures.award;
import static org.grantwell.workflow.report.ReportFixtures.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.report.Action1Report.AreaFunding;
import org.grantwell.workflow.report.Action1Report.Fairness;
import org.junit.jupiter.api.Test;

class FairnessFiguresTest {

  private static final List<RoundFacts> ROUNDS = List.of(ReportFixtures.round("R1", "SSF", 56, "0"));

  private static Fairness fairness(List<AreaFacts> areas, AwardFacts... awards) {
    return new Action1Calculator()
        .calculate(facts(ROUNDS, List.of(awards), areas), AS_OF)
        .fairness();
  }

  /** N 100,000 residents £100,000; S 200,000 £100,000; E 50,000 £50,000; W 150,000 bid, none. */
  private static Fairness fourAreas() {
    return fairness(
        List.of(
            area("N", 100_000),
            area("S", 200_000),
            area("E", 50_000),
            new AreaFacts("W", "W", 150_000, null, true)),
        award("N1", "100000.00").area("N").build(),
        award("S1", "60000.00").area("S").build(),
        award("S2", "40000.00").area("S").build(),
        award("E1", "50000.00").area("E").build());
  }

  @Test
  void shouldGiveMoneyPerThousandResidentsAgainstTheNationalFigure() {
    // national: 250,000 × 1,000 / 500,000 = £500.00 per 1,000
    // N: 100,000 × 1,000 / 100,000 = £1,000.00, index 1,000 / 500 = 200.0 %
    // S: £500.00, 100.0 %; E: £1,000.00, 200.0 %; W: £0.00, 0.0 %
    Fairness figures = fourAreas();

    assertThat(figures.awarded().amount()).isEqualTo(Money.of("250000.00"));
    assertThat(figures.population()).isEqualTo(500_000);
    assertThat(figures.nationalPerThousand()).isEqualTo(Money.of("500.00"));
    assertThat(figures.areas())
        .extracting(AreaFunding::code, AreaFunding::perThousand, AreaFunding::nationalIndex)
        .containsExactly(
            tuple("E", Money.of("1000.00"), new BigDecimal("200.0")),
            tuple("N", Money.of("1000.00"), new BigDecimal("200.0")),
            tuple("S", Money.of("500.00"), new BigDecimal("100.0")),
            tuple("W", Money.of("0.00"), new BigDecimal("0.0")));
    assertThat(figures.areas().get(2).sources()).containsExactly("S1", "S2");
  }

  @Test
  void shouldRoundMoneyPerThousandHalfEvenToThePenny() {
    // £100,000 × 1,000 / 1,599,555 = 62.5173… → £62.52
    Fairness figures =
        fairness(List.of(area("A", 1_599_555)), award("A1", "100000.00").build());

    assertThat(figures.areas().get(0).perThousand()).isEqualTo(Money.of("62.52"));
  }

  @Test
  void shouldGiveGiniOfMoneyPerResidentAcrossAreas() {
    // per resident N 1.0, S 0.5, E 1.0, W 0 → sorted 0, 0.5, 1, 1, Σ = 2.5, Σ i·x = 0.5·2 + 3 + 4
    // = 8; G = (2·8 − 5·2.5) / (4·2.5) = 3.5 / 10 = 0.35
    assertThat(fourAreas().spread().gini()).isEqualByComparingTo("0.35");
  }

  @Test
  void shouldGiveNoDecileRatioWhenTheLowestDecileGotNothing() {
    // four areas → deciles of ⌈4/10⌉ = 1 area; lowest W got nothing. E and N tie at the top; the
    // later code (N) sorts last
    Fairness figures = fourAreas();

    assertThat(figures.spread().decileRatio()).isNull();
    assertThat(figures.spread().lowestDecile()).containsExactly("W");
    assertThat(figures.spread().highestDecile()).containsExactly("N");
  }

  @Test
  void shouldGiveTheRatioOfTheHighestToTheLowestDecile() {
    // eleven areas of 1,000 residents with £1,000·i (i = 1..11) → deciles of ⌈11/10⌉ = 2 areas
    // lowest: (1,000 + 2,000) / 2,000 = 1.5 per resident; highest: (10,000 + 11,000) / 2,000 =
    // 10.5; ratio 10.5 / 1.5 = 7.00
    List<AreaFacts> areas = new ArrayList<>();
    List<AwardFacts> awards = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      String code = String.format("A%02d", i);
      areas.add(area(code, 1000));
      awards.add(award("B" + i, i + "000.00").area(code).build());
    }

    Fairness figures = fairness(areas, awards.toArray(AwardFacts[]::new));

    assertThat(figures.spread().decileRatio()).isEqualTo("7.00");
    assertThat(figures.spread().highestDecile()).containsExactly("A11", "A10");
    assertThat(figures.spread().lowestDecile()).containsExactly("A01", "A02");
  }

  @Test
  void shouldCompareMoneyWithNeedWhereAnIndicatorIsLoaded() {
    // N need 30, S need 10 (base 40); N £60,000, S £40,000 (base £100,000); E has no indicator
    // N: (60,000 / 100,000) / (30 / 40) = 0.6 / 0.75 = 80.0 %; S: 0.4 / 0.25 = 160.0 %
    Fairness figures =
        fairness(
            List.of(
                new AreaFacts("N", "N", 100_000, new BigDecimal("30"), true),
                new AreaFacts("S", "S", 100_000, new BigDecimal("10"), true),
                area("E", 100_000)),
            award("N1", "60000.00").area("N").build(),
            award("S1", "40000.00").area("S").build(),
            award("E1", "100000.00").area("E").build());

    assertThat(figures.areas())
        .extracting(AreaFunding::code, AreaFunding::needIndex)
        .containsExactly(
            tuple("E", null),
            tuple("N", new BigDecimal("80.0")),
            tuple("S", new BigDecimal("160.0")));
  }

  @Test
  void shouldListAreasThatBidAndGotNothingButNotThoseThatDidNotBid() {
    Fairness figures =
        fairness(
            List.of(
                new AreaFacts("BID", "BID", 1000, null, true),
                new AreaFacts("QUIET", "QUIET", 1000, null, false),
                new AreaFacts("FUNDED", "FUNDED", 1000, null, true)),
            award("F1", "100.00").area("FUNDED").build());

    assertThat(figures.areasBidNothing()).containsExactly("BID");
  }

  @Test
  void shouldRefuseAnAwardInAnAreaNotGiven() {
    assertThatThrownBy(() -> fairness(List.of(area("A", 10)), award("X1", "1.00").area("Z").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Z");
  }
}
