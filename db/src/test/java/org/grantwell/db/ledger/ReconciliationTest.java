package org.grantwell.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

  private static final long ROUND = 1000L;

  private static Object[] row(EntryType type, Long bid, String sum) {
    return new Object[] {type.name(), bid, new BigDecimal(sum)};
  }

  private static final List<Object[]> SUMS =
      List.of(
          row(EntryType.POT_SET, null, "1000.00"),
          row(EntryType.POT_CHANGED, null, "-100.00"),
          row(EntryType.AWARD_COMMITTED, 1050L, "500.00"),
          row(EntryType.AWARD_REDUCED, 1050L, "-50.00"),
          row(EntryType.CLAIM_PAID, 1050L, "200.00"),
          row(EntryType.AWARD_COMMITTED, 1051L, "300.00"),
          row(EntryType.CLAWBACK, 1051L, "0.00"));

  @Test
  void shouldSumEntriesIntoRoundAndAwardsWhenFolded() {
    LedgerSums sums = LedgerSums.fold(SUMS);

    assertThat(sums.round()).isEqualTo(figures("900.00", "750.00", "200.00", "0.00"));
    assertThat(sums.awards())
        .containsOnly(
            Map.entry(1050L, figures("0.00", "450.00", "200.00", "0.00")),
            Map.entry(1051L, figures("0.00", "300.00", "0.00", "0.00")));
  }

  @Test
  void shouldBeBalancedWhenRowsHoldTheSums() {
    LedgerSums sums = LedgerSums.fold(SUMS);

    Reconciliation reconciliation =
        Reconciliation.compare(ROUND, sums, sums.round(), sums.awards());

    assertThat(reconciliation.isBalanced()).isTrue();
  }

  @Test
  void shouldReportFigureWhenRoundRowDiffers() {
    LedgerSums sums = LedgerSums.fold(SUMS);

    Reconciliation reconciliation =
        Reconciliation.compare(
            ROUND, sums, figures("900.00", "700.00", "200.00", "0.00"), sums.awards());

    assertThat(reconciliation.differences())
        .containsExactly(
            new Reconciliation.Difference(
                null, "committed", Money.of("750.00"), Money.of("700.00")));
  }

  @Test
  void shouldReportAwardWhenItHasEntriesButNoRow() {
    LedgerSums sums = LedgerSums.fold(SUMS);

    Reconciliation reconciliation =
        Reconciliation.compare(ROUND, sums, sums.round(), Map.of(1050L, sums.awards().get(1050L)));

    assertThat(reconciliation.differences())
        .containsExactly(
            new Reconciliation.Difference(1051L, "committed", Money.of("300.00"), Money.ZERO));
  }

  @Test
  void shouldReportRowWhenRoundHasNoEntries() {
    Reconciliation reconciliation =
        Reconciliation.compare(
            ROUND, LedgerSums.fold(List.of()), figures("10.00", "0.00", "0.00", "0.00"), Map.of());

    assertThat(reconciliation.differences())
        .containsExactly(new Reconciliation.Difference(null, "pot", Money.ZERO, Money.of("10.00")));
  }

  private static Figures figures(String pot, String committed, String paid, String clawedBack) {
    return new Figures(Money.of(pot), Money.of(committed), Money.of(paid), Money.of(clawedBack));
  }
}
