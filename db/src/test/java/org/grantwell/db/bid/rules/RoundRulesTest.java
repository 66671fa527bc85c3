package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2022;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2023;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class RoundRulesTest {

  @Test
  void shouldAllowTenMegabyteAttachmentsWhenNoLimitIsGiven() {
    assertThat(SaferStreets4.rules().maxAttachmentBytes()).isEqualTo(10L * 1024 * 1024);
  }

  @Test
  void shouldTakeFinancialYearsFromTheSpendingWindowWhenNoneAreGiven() {
    RoundRules rules =
        SaferStreets4.round()
            .financialYears(Set.of())
            .spendingWindow(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 9, 30))
            .build();

    assertThat(rules.financialYears()).containsExactlyInAnyOrder(FY_2022, FY_2023);
  }

  @Test
  void shouldRefuseRulesWhenTheMinimumIsAboveTheMaximum() {
    RoundRules.Builder builder =
        SaferStreets4.round().bidRange(Money.of("750000.01"), Money.of("750000.00"));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseRulesWhenSpendingEndsBeforeItStarts() {
    RoundRules.Builder builder =
        SaferStreets4.round().spendingWindow(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 3, 31));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseMatchWhenTotalCostShareIsAHundredPercent() {
    assertThatThrownBy(
            () ->
                new MatchRule(
                    BigDecimal.valueOf(100), MatchBase.TOTAL_PROJECT_COST, true, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeepItsOwnCopyWhenTheCallersSetChanges() {
    Set<OrganisationType> leads = new HashSet<>(Set.of(OrganisationType.PCC_OFFICE));
    RoundRules rules = SaferStreets4.round().eligibleLeadTypes(leads).build();

    leads.add(OrganisationType.FUNDER);

    assertThat(rules.eligibleLeadTypes()).containsExactly(OrganisationType.PCC_OFFICE);
  }
}
