package org.grantwell.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

  private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");
  private static final Recipient AWARD = Recipient.award(1050L, 1L, 1L);
  private static final FinancialYear FY2026 = new FinancialYear(2026);

  private static LedgerEntry entry(
      EntryType type, Recipient recipient, FinancialYear year, Integer quarter, String amount) {
    return new LedgerEntry(
        type,
        1000L,
        recipient,
        year,
        quarter,
        null,
        Money.of(amount),
        "because",
        "key-1",
        "finance.home-office",
        NOW);
  }

  @Test
  void shouldKeepWhatItRecordsWhenCreated() {
    LedgerEntry entry = entry(EntryType.CLAIM_PAID, AWARD, FY2026, 2, "2500.00");

    assertThat(entry.getType()).isEqualTo(EntryType.CLAIM_PAID);
    assertThat(entry.getRoundId()).isEqualTo(1000L);
    assertThat(entry.getBidId()).isEqualTo(1050L);
    assertThat(entry.getOrganisationId()).isEqualTo(1L);
    assertThat(entry.getFinancialYear()).isEqualTo(FY2026);
    assertThat(entry.getQuarter()).isEqualTo(2);
    assertThat(entry.getAmount()).isEqualTo(Money.of("2500.00"));
    assertThat(entry.getIdempotencyKey()).isEqualTo("key-1");
    assertThat(entry.getCreatedAt()).isEqualTo(NOW);
  }

  @Test
  void shouldRefuseNegativeAmountWhenTypeIsPositive() {
    assertThatThrownBy(() -> entry(EntryType.AWARD_COMMITTED, AWARD, null, null, "-10.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }

  @Test
  void shouldRefusePositiveAmountWhenTypeIsNegative() {
    assertThatThrownBy(() -> entry(EntryType.AWARD_RELEASED, AWARD, null, null, "10.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void shouldRefuseZeroWhenTypeMovesEitherWay() {
    assertThatThrownBy(() -> entry(EntryType.POT_CHANGED, null, null, null, "0.00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldAcceptNegativePotChangeWhenPotIsCut() {
    assertThat(entry(EntryType.POT_CHANGED, null, null, null, "-100.00").effect().pot())
        .isEqualTo(Money.of("-100.00"));
  }

  @Test
  void shouldRefuseAwardEntryWhenItNamesNoBid() {
    assertThatThrownBy(() -> entry(EntryType.AWARD_COMMITTED, null, null, null, "10.00"))
        .hasMessageContaining("names its award's bid");
  }

  @Test
  void shouldRefusePotEntryWhenItNamesBid() {
    assertThatThrownBy(() -> entry(EntryType.POT_SET, AWARD, null, null, "10.00"))
        .hasMessageContaining("names no bid");
  }

  @Test
  void shouldRefusePaidClaimWhenItHasNoQuarter() {
    assertThatThrownBy(() -> entry(EntryType.CLAIM_PAID, AWARD, FY2026, null, "10.00"))
        .hasMessageContaining("year and quarter");
  }

  @Test
  void shouldRefuseQuarterWhenItHasNoYear() {
    assertThatThrownBy(() -> entry(EntryType.CLAIM_PAID, AWARD, null, 1, "10.00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseYearMoveWhenItHasNoYear() {
    assertThatThrownBy(() -> entry(EntryType.VARIATION_MOVED, AWARD, null, null, "10.00"))
        .hasMessageContaining("financial year");
  }

  @Test
  void shouldRefuseAllocationWhenItNamesNoForceArea() {
    assertThatThrownBy(() -> entry(EntryType.ALLOCATION, null, null, null, "10.00"))
        .hasMessageContaining("force area");
  }

  @Test
  void shouldRefuseKeyWhenLongerThanColumn() {
    String key = "k".repeat(LedgerEntry.MAX_KEY_LENGTH + 1);

    assertThatThrownBy(
            () ->
                new LedgerEntry(
                    EntryType.POT_SET,
                    1000L,
                    null,
                    null,
                    null,
                    null,
                    Money.ofPounds(1),
                    "r",
                    key,
                    "me",
                    NOW))
        .hasMessageContaining("at most 128");
  }

  @Test
  void shouldBeEqualWhenIdempotencyKeysAre() {
    assertThat(entry(EntryType.POT_SET, null, null, null, "10.00"))
        .isEqualTo(entry(EntryType.POT_CHANGED, null, null, null, "20.00"));
  }
}
