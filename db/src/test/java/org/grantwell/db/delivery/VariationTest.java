package org.grantwell.db.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.TestBids;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class VariationTest {

  private static final Instant NOW = Instant.parse("2027-01-15T11:00:00Z");
  private static final FinancialYear FY26 = new FinancialYear(2026);
  private static final FinancialYear FY27 = new FinancialYear(2027);
  private static final Money AMOUNT = Money.of("15000.00");

  private final Bid bid = TestBids.bid();

  private Variation reprofile() {
    return Variation.reprofile(bid, FY26, FY27, AMOUNT, "Supplier delay", "bidder.avon", NOW);
  }

  @Test
  void shouldCarryYearsAndAmountWhenReprofile() {
    Variation variation = reprofile();

    assertThat(variation.getKind()).isEqualTo(VariationKind.REPROFILE);
    assertThat(variation.getFromYear()).isEqualTo(FY26);
    assertThat(variation.getToYear()).isEqualTo(FY27);
    assertThat(variation.getAmount()).isEqualTo(AMOUNT);
    assertThat(variation.getNewSpendBy()).isNull();
    assertThat(variation.getStatus()).isEqualTo(VariationStatus.REQUESTED);
    assertThat(variation.getRequestedBy()).isEqualTo("bidder.avon");
  }

  @Test
  void shouldRefuseReprofileWhenSameYear() {
    assertThatThrownBy(() -> Variation.reprofile(bid, FY26, FY26, AMOUNT, "r", "bidder.avon", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different financial years");
  }

  @Test
  void shouldRefuseReprofileWhenAmountZero() {
    assertThatThrownBy(() -> Variation.reprofile(bid, FY26, FY27, Money.ZERO, "r", "bidder.avon", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive amount");
  }

  @Test
  void shouldCarryCategoriesWhenMoveCategory() {
    Variation variation = Variation.moveCategory(bid, "Staff", "CCTV", AMOUNT, "Recruitment freeze", "bidder.avon", NOW);

    assertThat(variation.getKind()).isEqualTo(VariationKind.MOVE_CATEGORY);
    assertThat(variation.getFromCategory()).isEqualTo("Staff");
    assertThat(variation.getToCategory()).isEqualTo("CCTV");
    assertThat(variation.getFromYear()).isNull();
  }

  @Test
  void shouldRefuseMoveCategoryWhenSameCategory() {
    assertThatThrownBy(() -> Variation.moveCategory(bid, "Staff", "Staff", AMOUNT, "r", "bidder.avon", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Staff");
  }

  @Test
  void shouldRefuseExtendWhenNoDate() {
    assertThatThrownBy(() -> Variation.extend(bid, null, "More time", "bidder.avon", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spend-by");
  }

  @Test
  void shouldRefuseVariationWhenNoReason() {
    assertThatThrownBy(() -> Variation.extend(bid, LocalDate.of(2028, 9, 30), " ", "bidder.avon", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void shouldRecordDecisionWhenApproved() {
    Variation variation = Variation.extend(bid, LocalDate.of(2028, 9, 30), "Planning delay", "bidder.avon", NOW);

    variation.approve("officer.ho", null, NOW.plusSeconds(60));

    assertThat(variation.getStatus()).isEqualTo(VariationStatus.APPROVED);
    assertThat(variation.getDecidedBy()).isEqualTo("officer.ho");
    assertThat(variation.getDecidedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(variation.getDecisionReason()).isNull();
  }

  @Test
  void shouldRefuseDeclineWhenNoReason() {
    Variation variation = reprofile();

    assertThatThrownBy(() -> variation.decline("officer.ho", null, NOW)).isInstanceOf(IllegalArgumentException.class);
    assertThat(variation.getStatus()).isEqualTo(VariationStatus.REQUESTED);
  }

  @Test
  void shouldRefuseSecondDecisionWhenDeclined() {
    Variation variation = reprofile();
    variation.decline("officer.ho", "Year-end budget is fixed", NOW);

    assertThatThrownBy(() -> variation.approve("officer.ho", null, NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DECLINED");
  }
}
