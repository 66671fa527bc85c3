package org.grantwell.workflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grantwell.db.audit.AuditValue;
import org.grantwell.db.organisation.BankAccount;
import org.grantwell.db.organisation.LegalStatus;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationProfile;
import org.grantwell.db.organisation.OrganisationProfileRepository;
import org.grantwell.db.organisation.OrganisationRepository;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.organisation.ProfileDetails;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.shared.StaleEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class ProfileServiceTest {

  private static final long HAVEN = 7L;
  private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");
  private static final Caller HAVEN_BIDDER =
      new Caller("provider.haven", 11L, HAVEN, "PROVIDER", "avon-and-somerset", Set.of(CandidateGroups.PROVIDER_BIDDER));
  private static final Caller HAVEN_FINANCE =
      new Caller("finance.haven", 12L, HAVEN, "PROVIDER", "avon-and-somerset", Set.of(CandidateGroups.FINANCE_LEAD));
  private static final Caller HAVEN_SIGNOFF =
      new Caller("signoff.haven", 13L, HAVEN, "PROVIDER", "avon-and-somerset", Set.of(CandidateGroups.PCC_SIGNOFF));
  private static final Caller BRISTOL_BIDDER =
      new Caller("bidder.bristol", 14L, 8L, "LOCAL_AUTHORITY", "avon-and-somerset", Set.of(CandidateGroups.PARTNER_BIDDER));
  private static final Caller NATIONAL_FINANCE =
      new Caller("finance.national", 15L, 9L, "FUNDER", null, Set.of(CandidateGroups.NATIONAL_FINANCE));
  private static final Caller ADMIN = new Caller("admin", 16L, 9L, "FUNDER", null, Set.of(CandidateGroups.ADMIN));
  private static final BankAccount BANK = new BankAccount("Haven Women's Aid", "00-00-04", "12345678");

  @Mock private OrganisationRepository organisations;
  @Mock private OrganisationProfileRepository profiles;
  @Mock private AuditTrail audit;
  @Mock private Clock clock;
  @InjectMocks private ProfileService service;

  private AutoCloseable mocks;
  private final Organisation haven = mock(Organisation.class);

  @BeforeEach
  void setUp() {
    mocks = MockitoAnnotations.openMocks(this);
    when(clock.instant()).thenReturn(NOW);
    when(haven.getId()).thenReturn(HAVEN);
    when(haven.getName()).thenReturn("Haven Women's Aid (demo)");
    when(haven.getType()).thenReturn(OrganisationType.PROVIDER);
    when(haven.getOrgIdentifier()).thenReturn("360G-grantwell-demo-haven");
    when(organisations.find(HAVEN)).thenReturn(Optional.of(haven));
    when(profiles.find(anyLong())).thenReturn(Optional.empty());
    when(profiles.add(any())).thenAnswer(call -> call.getArgument(0));
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  private static ProfileDetails details(BankAccount bank) {
    return new ProfileDetails(
        new ProfileDetails.Address("Unit 4, Example Court", null, "Weston-super-Mare", "BS23 9ZZ"),
        new ProfileDetails.Contact("Morgan Lewis", "Services manager", "morgan.lewis@example.org", "01632 960404"),
        new ProfileDetails.FinanceContact("Sam Treasurer", "treasurer.haven@example.org"),
        bank,
        new ProfileDetails.Governance(LegalStatus.CHARITY, "0000004", null, LocalDate.of(2025, 9, 15), null));
  }

  private static ProfileInput input(long version, String postcode, String accountNumber) {
    return new ProfileInput(
        version,
        new ProfileInput.Address("Unit 4, Example Court", null, "Weston-super-Mare", postcode),
        new ProfileInput.Contact("Morgan Lewis", "Services manager", "morgan.lewis@example.org", "01632 960404"),
        new ProfileInput.FinanceContact("Sam Treasurer", "treasurer.haven@example.org"),
        new ProfileInput.BankAccount("Haven Women's Aid", "00-00-04", accountNumber),
        new ProfileInput.Governance("CHARITY", "0000004", null, "2025-09-15", null));
  }

  private OrganisationProfile held(long version, BankAccount bank) throws ReflectiveOperationException {
    OrganisationProfile profile = new OrganisationProfile(HAVEN, details(bank), "provider.haven", NOW.minusSeconds(3600));
    Field field = OrganisationProfile.class.getDeclaredField("version");
    field.setAccessible(true);
    field.setLong(profile, version);
    when(profiles.find(HAVEN)).thenReturn(Optional.of(profile));
    return profile;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object>[] audited() {
    ArgumentCaptor<Map<String, Object>> before = ArgumentCaptor.forClass(Map.class);
    ArgumentCaptor<Map<String, Object>> after = ArgumentCaptor.forClass(Map.class);
    verify(audit).record(eq("provider.haven"), eq("ORGANISATION"), eq("7"), eq("PROFILE_UPDATED"), before.capture(), after.capture());
    return new Map[] {before.getValue(), after.getValue()};
  }

  @Test
  void shouldReadEmptyProfileAtVersionZeroWhenOrganisationHasNone() {
    ProfileView view = service.get(HAVEN_BIDDER, HAVEN);

    assertThat(view.version()).isZero();
    assertThat(view.organisationName()).isEqualTo("Haven Women's Aid (demo)");
    assertThat(view.registeredAddress()).isEqualTo(new ProfileView.Address(null, null, null, null));
    assertThat(view.bankAccount()).isEqualTo(new ProfileView.BankAccount(null, null, null));
    assertThat(view.editable()).isTrue();
  }

  @Test
  void shouldShowAccountNumberMaskedWhenProfileHasBankDetails() throws Exception {
    held(3, BANK);

    ProfileView view = service.get(HAVEN_SIGNOFF, HAVEN);

    assertThat(view.bankAccount()).isEqualTo(new ProfileView.BankAccount("Haven Women's Aid", "00-00-04", "****5678"));
    assertThat(view.toString()).doesNotContain("12345678");
    assertThat(view.version()).isEqualTo(3);
    assertThat(view.editable()).isFalse();
  }

  @Test
  void shouldAnswerNotFoundWithoutLookingWhenCallerIsFromAnotherOrganisation() {
    assertThatThrownBy(() -> service.get(BRISTOL_BIDDER, HAVEN))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("There is no organisation 7");
    verifyNoInteractions(organisations, profiles);
  }

  @Test
  void shouldLetNationalFinanceReadWhenProfileBelongsToAnotherOrganisation() {
    ProfileView view = service.get(NATIONAL_FINANCE, HAVEN);

    assertThat(view.organisationId()).isEqualTo(HAVEN);
    assertThat(view.editable()).isFalse();
  }

  @Test
  void shouldAnswerNotFoundWhenOrganisationDoesNotExist() {
    assertThatThrownBy(() -> service.get(ADMIN, 404L))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("There is no organisation 404");
  }

  @Test
  void shouldCreateProfileAndAuditItWhenFirstSaveNamesVersionZero() {
    ProfileView view = service.save(HAVEN_BIDDER, HAVEN, input(0, "bs23 9zz", "12345678"));

    ArgumentCaptor<OrganisationProfile> stored = ArgumentCaptor.forClass(OrganisationProfile.class);
    verify(profiles).add(stored.capture());
    assertThat(stored.getValue().details()).isEqualTo(details(BANK));
    assertThat(view.registeredAddress().postcode()).isEqualTo("BS23 9ZZ");
    assertThat(view.updatedBy()).isEqualTo("provider.haven");
    Map<String, Object>[] audit = audited();
    assertThat(audit[0]).isNull();
    assertThat(audit[1]).containsEntry("bankAccountNumber", "****5678").containsEntry("bankAccountNumberChanged", true);
    assertThat(AuditValue.json(audit[1])).doesNotContain("12345678");
  }

  @Test
  void shouldLockOrganisationBeforeReadingProfileWhenSaving() {
    service.save(HAVEN_FINANCE, HAVEN, input(0, "BS23 9ZZ", "12345678"));

    InOrder order = inOrder(profiles);
    order.verify(profiles).lockOrganisation(haven);
    order.verify(profiles).find(HAVEN);
    order.verify(profiles).add(any());
  }

  @Test
  void shouldRefuseStaleEditWhenProfileHasMovedOn() throws Exception {
    OrganisationProfile profile = held(3, BANK);

    assertThatThrownBy(() -> service.save(HAVEN_BIDDER, HAVEN, input(2, "BS23 9ZY", null)))
        .isInstanceOf(StaleEditException.class)
        .hasMessageContaining("version 2, now 3");
    assertThat(profile.details().registeredAddress().postcode()).isEqualTo("BS23 9ZZ");
    verifyNoInteractions(audit);
  }

  @Test
  void shouldRefuseFirstSaveWhenAnotherSaveCreatedProfileMeanwhile() throws Exception {
    held(1, BANK);

    assertThatThrownBy(() -> service.save(HAVEN_BIDDER, HAVEN, input(0, "BS23 9ZY", "12345678")))
        .isInstanceOf(StaleEditException.class);
    verify(profiles, never()).add(any());
  }

  @Test
  void shouldRequireVersionWhenInputLeavesItOut() {
    ProfileInput noVersion = new ProfileInput(null, null, null, null, null, null);

    assertThatThrownBy(() -> service.save(HAVEN_BIDDER, HAVEN, noVersion))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("version"));
  }

  @Test
  void shouldForbidEditWhenMemberHasNeitherBidderNorFinanceRole() {
    assertThatThrownBy(() -> service.save(HAVEN_SIGNOFF, HAVEN, input(0, "BS23 9ZZ", "12345678")))
        .isInstanceOf(ForbiddenActionException.class);
    verify(profiles, never()).add(any());
  }

  @Test
  void shouldAnswerNotFoundWhenBidderOfAnotherOrganisationSaves() {
    assertThatThrownBy(() -> service.save(BRISTOL_BIDDER, HAVEN, input(0, "BS23 9ZZ", "12345678")))
        .isInstanceOf(NotFoundException.class);
    verifyNoInteractions(profiles, audit);
  }

  @Test
  void shouldForbidEditWhenAdminSavesAnotherOrganisation() {
    assertThatThrownBy(() -> service.save(ADMIN, HAVEN, input(0, "BS23 9ZZ", "12345678")))
        .isInstanceOf(ForbiddenActionException.class);
  }

  @Test
  void shouldWriteNothingWhenInputIsInvalid() {
    assertThatThrownBy(() -> service.save(HAVEN_BIDDER, HAVEN, input(0, "not a postcode", "12345678")))
        .isInstanceOf(InvalidInputException.class);
    verify(profiles, never()).add(any());
    verifyNoInteractions(audit);
  }

  @Test
  void shouldAuditBeforeAndAfterWhenProfileChanges() throws Exception {
    OrganisationProfile profile = held(3, BANK);

    service.save(HAVEN_BIDDER, HAVEN, input(3, "BS23 9ZY", "****5678"));

    assertThat(profile.details().bankAccount()).isEqualTo(BANK);
    verify(profiles).flush();
    Map<String, Object>[] audit = audited();
    assertThat(audit[0]).containsEntry("postcode", "BS23 9ZZ").containsEntry("bankAccountNumber", "****5678");
    assertThat(audit[1]).containsEntry("postcode", "BS23 9ZY").containsEntry("bankAccountNumberChanged", false);
  }

  @Test
  void shouldMarkAccountChangeWhenNewNumberEndsInSameFourDigits() throws Exception {
    held(3, BANK);

    service.save(HAVEN_BIDDER, HAVEN, input(3, "BS23 9ZZ", "87655678"));

    Map<String, Object>[] audit = audited();
    assertThat(audit[0].get("bankAccountNumber")).isEqualTo(audit[1].get("bankAccountNumber")).isEqualTo("****5678");
    assertThat(audit[1]).containsEntry("bankAccountNumberChanged", true);
    assertThat(AuditValue.json(audit[0]) + AuditValue.json(audit[1])).doesNotContain("12345678").doesNotContain("87655678");
  }

  @Test
  void shouldNeitherAuditNorFlushWhenNothingChanged() throws Exception {
    held(3, BANK);

    ProfileView view = service.save(HAVEN_BIDDER, HAVEN, input(3, "BS23 9ZZ", null));

    assertThat(view.version()).isEqualTo(3);
    verify(profiles, never()).flush();
    verify(audit, never()).record(anyString(), anyString(), anyString(), anyString(), any(), any());
  }

  @Test
  void shouldCopyRecipientDetailsWithMaskedAccountWhenPrefilling() throws Exception {
    held(4, BANK);

    BidProfileSnapshot snapshot = service.prefillFor(HAVEN);

    assertThat(snapshot.organisationName()).isEqualTo("Haven Women's Aid (demo)");
    assertThat(snapshot.orgIdentifier()).isEqualTo("360G-grantwell-demo-haven");
    assertThat(snapshot.registeredAddress().postcode()).isEqualTo("BS23 9ZZ");
    assertThat(snapshot.mainContact().email()).isEqualTo("morgan.lewis@example.org");
    assertThat(snapshot.legalStatus()).isEqualTo("CHARITY");
    assertThat(snapshot.charityNumber()).isEqualTo("0000004");
    assertThat(snapshot.bankAccount().accountNumberMasked()).isEqualTo("****5678");
    assertThat(snapshot.profileVersion()).isEqualTo(4);
    assertThat(snapshot.toString()).doesNotContain("12345678");
  }

  @Test
  void shouldGiveEmptySnapshotAtVersionZeroWhenOrganisationHasNoProfile() {
    BidProfileSnapshot snapshot = service.prefillFor(HAVEN);

    assertThat(snapshot.profileVersion()).isZero();
    assertThat(snapshot.organisationName()).isEqualTo("Haven Women's Aid (demo)");
    assertThat(snapshot.legalStatus()).isNull();
    assertThat(snapshot.bankAccount().accountNumberMasked()).isNull();
  }

  @Test
  void shouldAnswerNotFoundWhenPrefillingUnknownOrganisation() {
    assertThatThrownBy(() -> service.prefillFor(404L)).isInstanceOf(NotFoundException.class);
    verify(profiles, never()).find(404L);
  }
}
