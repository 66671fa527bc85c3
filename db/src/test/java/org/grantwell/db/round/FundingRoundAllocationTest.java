package org.grantwell.db.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.grantwell.db.allocation.AllocationBasis;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.programme.FundingProgramme;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class FundingRoundAllocationTest {

  private final FundingRound round =
      new FundingRound(
          "VF-2026",
          "Victims funding 2026-27",
          new FundingProgramme() {},
          new Organisation("Ministry of Justice", OrganisationType.FUNDER, "GB-GOR-D18", null),
          new ApplicationWindow(Instant.parse("2026-01-05T09:00:00Z"), Instant.parse("2026-02-27T17:00:00Z")),
          Money.of("5000000.00"),
          Money.ZERO,
          Money.of("5000000.00"),
          LocalDate.of(2026, 4, 1),
          LocalDate.of(2027, 3, 31));

  @Test
  void shouldHaveNoAllocationWhenNotConfigured() {
    assertThat(round.getAllocationBasis()).isNull();
    assertThat(round.getRingFencedPot()).isNull();
    assertThat(round.needsIndicators()).isEmpty();
  }

  @Test
  void shouldKeepBasisPotAndIndicatorsWhenConfiguredForNeeds() {
    round.configureAllocation(
        AllocationBasis.NEEDS, Money.of("750000.00"), Map.of(1L, new BigDecimal("12.5"), 2L, BigDecimal.ONE));

    assertThat(round.getAllocationBasis()).isEqualTo(AllocationBasis.NEEDS);
    assertThat(round.getRingFencedPot()).isEqualTo(Money.of("750000.00"));
    // held as the NUMERIC(14,2) column holds them, so a cached round equals one read back
    assertThat(round.needsIndicators()).containsOnly(Map.entry(1L, new BigDecimal("12.50")), Map.entry(2L, new BigDecimal("1.00")));
  }

  @Test
  void shouldNeedNoIndicatorsWhenConfiguredForPopulation() {
    round.configureAllocation(AllocationBasis.POPULATION, null, null);

    assertThat(round.getAllocationBasis()).isEqualTo(AllocationBasis.POPULATION);
    assertThat(round.needsIndicators()).isEmpty();
  }

  @Test
  void shouldRefuseNeedsWhenNoIndicators() {
    assertThatThrownBy(() -> round.configureAllocation(AllocationBasis.NEEDS, null, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseIndicatorWhenZero() {
    assertThatThrownBy(() -> round.configureAllocation(AllocationBasis.NEEDS, null, Map.of(3L, BigDecimal.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 3");
  }

  @Test
  void shouldRefuseRingFencedPotWhenNegative() {
    assertThatThrownBy(() -> round.configureAllocation(AllocationBasis.POPULATION, Money.of("-1.00"), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseChangeWhenIndicatorsReadOnly() {
    round.configureAllocation(AllocationBasis.NEEDS, null, Map.of(1L, BigDecimal.TEN));

    assertThatThrownBy(() -> round.needsIndicators().put(2L, BigDecimal.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
