package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.grantwell.db.award.AwardRepository.FundedAward;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class GrantMappingTest {

  private final GrantMapping mapping = new GrantMapping(GrantSamples.STANDARD);

  private static FundedAward untitledFormulaAward() {
    FundedAward a = TableSamples.funded(3, null);
    return new FundedAward(a.bidId(), a.bidReference(), "", " ", a.amount(), Money.ZERO,
        java.time.Instant.parse("2026-03-31T23:30:00Z"), a.spendStart(), a.spendBy(), null,
        a.roundId(), a.roundReference(), "Victims' core grant 2027", "VCORE", "Victims' core grant",
        "FORMULA", a.funderId(), "Ministry of Justice", "GB-GOR-D18", a.recipientId(),
        a.recipientName(), null, a.forceAreaCode(), a.forceAreaName(), a.committed(), a.paid(),
        a.clawedBack());
  }

  @Test
  void shouldMapTheAwardOntoTheGrantFieldsWhenComplete() {
    GrantFacts grant = mapping.facts(TableSamples.funded(1, null));

    assertThat(grant.title()).isEqualTo("Safer parks 1");
    assertThat(grant.description()).isEqualTo("Lighting and guardians");
    assertThat(grant.amountAppliedFor()).isEqualTo(Money.of("150000.00"));
    assertThat(grant.awardDate()).isEqualTo(LocalDate.of(2026, 8, 1));
    assertThat(grant.programmeCode()).isEqualTo("SSF");
    assertThat(grant.programmeTitle()).isEqualTo("Safer Streets Fund round 5");
    assertThat(grant.plannedStart()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(grant.beneficiaryLocations()).containsExactly(GrantLocation.inGreatBritain("Avon and Somerset"));
    assertThat(grant.fromOpenCall()).isTrue();
  }

  @Test
  void shouldFallBackToTheRoundNameAndLondonDateWhenTheBidHasNoTitle() {
    GrantFacts grant = mapping.facts(untitledFormulaAward());

    assertThat(grant.title()).isEqualTo("Victims' core grant 2027");
    assertThat(grant.description()).isEqualTo("Victims' core grant 2027");
    assertThat(grant.amountAppliedFor()).isNull();
    // 23:30 UTC on 31 March is 00:30 on 1 April in London (BST)
    assertThat(grant.awardDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(grant.fromOpenCall()).isFalse();
    assertThat(GrantSamples.STANDARD.orgId(grant.recipient())).isEqualTo("360G-grantwell-ORG-7");
  }
}
