package org.grantwell.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class FiguresTest {

  private static Money m(String amount) {
    return Money.of(amount);
  }

  @Test
  void shouldMoveOnlyItsFigureWhenEntryIsApplied() {
    assertThat(Figures.of(EntryType.POT_SET, m("1000.00")))
        .isEqualTo(new Figures(m("1000.00"), Money.ZERO, Money.ZERO, Money.ZERO));
    assertThat(Figures.of(EntryType.AWARD_RELEASED, m("-50.00")))
        .isEqualTo(new Figures(Money.ZERO, m("-50.00"), Money.ZERO, Money.ZERO));
    assertThat(Figures.of(EntryType.CLAIM_PAID, m("20.00")))
        .isEqualTo(new Figures(Money.ZERO, Money.ZERO, m("20.00"), Money.ZERO));
    assertThat(Figures.of(EntryType.CLAWBACK, m("5.00")))
        .isEqualTo(new Figures(Money.ZERO, Money.ZERO, Money.ZERO, m("5.00")));
  }

  @Test
  void shouldMoveNoBalanceWhenEntryIsAllocation() {
    assertThat(Figures.of(EntryType.ALLOCATION, m("300.00"))).isEqualTo(Figures.ZERO);
  }

  @Test
  void shouldLeaveCommittedUnchangedWhenYearMovePairIsApplied() {
    Figures committed = Figures.of(EntryType.AWARD_COMMITTED, m("500.00"));

    Figures moved =
        committed
            .plus(Figures.of(EntryType.VARIATION_MOVED, m("-200.00")))
            .plus(Figures.of(EntryType.VARIATION_MOVED, m("200.00")));

    assertThat(moved).isEqualTo(committed);
  }

  @Test
  void shouldSubtractPaidAndClawedBackWhenComputingOutstanding() {
    Figures figures = new Figures(m("1000.00"), m("600.00"), m("250.00"), m("50.00"));

    assertThat(figures.remaining()).isEqualTo(m("400.00"));
    assertThat(figures.outstanding()).isEqualTo(m("300.00"));
    assertThat(figures.paidNet()).isEqualTo(m("200.00"));
  }

  @Test
  void shouldGiveEveryTypeAnAmountItAllowsWhenSignIsRight() {
    assertThat(Arrays.stream(EntryType.values()))
        .allSatisfy(type -> assertThat(type.allows(m("1.00")) || type.allows(m("-1.00"))).isTrue())
        .noneSatisfy(type -> assertThat(type.allows(Money.ZERO)).isTrue());
  }
}
