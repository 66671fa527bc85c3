package org.grantwell.db.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganisationProfileTest {

  private static final Instant CREATED = Instant.parse("2026-05-01T09:00:00Z");
  private static final Instant LATER = Instant.parse("2026-05-02T10:00:00Z");

  private static ProfileDetails details(String postcode, BankAccount bank) {
    return new ProfileDetails(
        new ProfileDetails.Address("Unit 4, Example Court", null, "Weston-super-Mare", postcode),
        new ProfileDetails.Contact("Morgan Lewis", "Services manager", "morgan.lewis@example.org", "01632 960404"),
        new ProfileDetails.FinanceContact("Sam Treasurer", "treasurer.haven@example.org"),
        bank,
        new ProfileDetails.Governance(
            LegalStatus.CHARITABLE_COMPANY, "0000004", "00000004", LocalDate.of(2025, 9, 15), LocalDate.of(2025, 3, 31)));
  }

  private static final BankAccount BANK = new BankAccount("Haven Women's Aid", "00-00-04", "00000404");

  @Test
  void shouldGiveBackDetailsWhenCreated() {
    ProfileDetails details = details("BS23 9ZZ", BANK);

    OrganisationProfile profile = new OrganisationProfile(7L, details, "provider.haven", CREATED);

    assertThat(profile.details()).isEqualTo(details);
    assertThat(profile.getUpdatedBy()).isEqualTo("provider.haven");
    assertThat(profile.getUpdatedAt()).isEqualTo(CREATED);
  }

  @Test
  void shouldChangeNothingWhenReplacedWithSameDetails() {
    OrganisationProfile profile = new OrganisationProfile(7L, details("BS23 9ZZ", BANK), "provider.haven", CREATED);

    boolean changed = profile.replace(details("BS23 9ZZ", BANK), "finance.haven", LATER);

    assertThat(changed).isFalse();
    assertThat(profile.getUpdatedBy()).isEqualTo("provider.haven");
    assertThat(profile.getUpdatedAt()).isEqualTo(CREATED);
  }

  @Test
  void shouldRecordEditorWhenReplacedWithOtherDetails() {
    OrganisationProfile profile = new OrganisationProfile(7L, details("BS23 9ZZ", BANK), "provider.haven", CREATED);

    boolean changed = profile.replace(details("BS23 9ZY", BANK), "finance.haven", LATER);

    assertThat(changed).isTrue();
    assertThat(profile.details().registeredAddress().postcode()).isEqualTo("BS23 9ZY");
    assertThat(profile.getUpdatedBy()).isEqualTo("finance.haven");
    assertThat(profile.getUpdatedAt()).isEqualTo(LATER);
  }

  @Test
  void shouldHoldNoBankAccountWhenBankDetailsAreRemoved() {
    OrganisationProfile profile = new OrganisationProfile(7L, details("BS23 9ZZ", BANK), "provider.haven", CREATED);

    profile.replace(details("BS23 9ZZ", null), "provider.haven", LATER);

    assertThat(profile.details().bankAccount()).isNull();
  }

  @Test
  void shouldRefuseDetailsWhenPostcodeIsNotInStoredForm() {
    assertThatThrownBy(() -> details("bs23 9zz", BANK)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldBeEmptyWhenProfileSaysNothing() {
    OrganisationProfile profile = new OrganisationProfile(7L, ProfileDetails.EMPTY, "provider.haven", CREATED);

    assertThat(profile.details()).isEqualTo(ProfileDetails.EMPTY);
  }
}
