package org.grantwell.db.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.TestBids;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.programme.FundingProgramme;
import org.grantwell.db.round.ApplicationWindow;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final ForceArea area = new ForceArea() {};
  private final Organisation pcc = new Organisation("PCC for Avon and Somerset", OrganisationType.PCC_OFFICE, null, area);
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

  private Allocation allocation(Money core, Money ringFenced) {
    return new Allocation(round, pcc, area, AllocationBasis.POPULATION, core, ringFenced, NOW);
  }

  @Test
  void shouldAddCoreAndRingFencedWhenTotalled() {
    assertThat(allocation(Money.of("142631.07"), Money.of("28526.21")).total()).isEqualTo(Money.of("171157.28"));
  }

  @Test
  void shouldRefuseAmountWhenNegative() {
    assertThatThrownBy(() -> allocation(Money.of("-0.01"), Money.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeepSpendingPlanWhenAttached() {
    Allocation allocation = allocation(Money.of("1000.00"), Money.ZERO);
    Bid plan = TestBids.bid();

    allocation.attachSpendingPlan(plan);

    assertThat(allocation.getSpendingPlan()).isSameAs(plan);
  }

  @Test
  void shouldRefuseSecondSpendingPlanWhenOneIsAttached() {
    Allocation allocation = allocation(Money.of("1000.00"), Money.ZERO);
    allocation.attachSpendingPlan(TestBids.bid());

    assertThatThrownBy(() -> allocation.attachSpendingPlan(TestBids.bid()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("spending plan");
  }
}
