package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grantwell.workflow.export.GrantSamples.STANDARD;

import org.junit.jupiter.api.Test;

class ThreeSixtyGivingTest {

  @Test
  void shouldPrefixTheBidReferenceForTheGrantId() {
    assertThat(STANDARD.grantId("SSF4-AVON-001")).isEqualTo("360G-grantwell-SSF4-AVON-001");
  }

  @Test
  void shouldReplaceSlashesSpacesAndOtherSpecialCharactersWithUnderscores() {
    assertThat(STANDARD.grantId("A/B\\C D.é")).isEqualTo("360G-grantwell-A_B_C_D__");
  }

  @Test
  void shouldRefuseAPrefixThatIsNotARegistered360gPrefix() {
    assertThatThrownBy(() -> new ThreeSixtyGiving("grantwell-"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThreeSixtyGiving("360G-grantwell"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeepAnOrgIdGuideIdentifier() {
    assertThat(STANDARD.orgId(GrantOrganisation.of("GB-COH-01234567", "1", "Co"))).isEqualTo("GB-COH-01234567");
  }

  @Test
  void shouldRefuseAnIdentifierNotInOrgIdForm() {
    assertThatThrownBy(() -> STANDARD.orgId(GrantOrganisation.of("1070468", "1", "Charity")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1070468");
  }

  @Test
  void shouldKeepATitleOf140Characters() {
    String title = "x".repeat(140);

    assertThat(ThreeSixtyGiving.title(title)).isEqualTo(title);
  }

  @Test
  void shouldCutALongerTitleTo140CharactersEndingInAnEllipsis() {
    // 139 characters kept + "…" = 140
    String cut = ThreeSixtyGiving.title("y".repeat(200));

    assertThat(cut).hasSize(140).endsWith("y…");
  }
}
