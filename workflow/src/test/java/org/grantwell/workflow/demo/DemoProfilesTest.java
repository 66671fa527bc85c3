package org.grantwell.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationProfileRepository;
import org.grantwell.db.organisation.OrganisationRepository;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.demo.DemoProfiles.DemoProfile;
import org.grantwell.workflow.demo.DemoUsers.DemoUser;
import org.grantwell.workflow.organisation.ProfileService;
import org.grantwell.workflow.organisation.ProfileView;
import org.grantwell.workflow.security.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class DemoProfilesTest {

  @Mock private OrganisationRepository organisations;
  @Mock private OrganisationProfileRepository profiles;
  @Mock private AuditTrail audit;
  @Mock private Clock clock;
  @InjectMocks private ProfileService service;

  private AutoCloseable mocks;

  @BeforeEach
  void setUp() {
    mocks = MockitoAnnotations.openMocks(this);
    when(clock.instant()).thenReturn(Instant.parse("2026-05-01T09:00:00Z"));
    when(profiles.find(anyLong())).thenReturn(Optional.empty());
    when(profiles.add(any())).thenAnswer(call -> call.getArgument(0));
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  private static DemoUser user(String username) {
    return DemoUsers.ALL.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
  }

  @Test
  void shouldGiveEachDemoBiddingOrganisationOneProfile() {
    assertThat(DemoProfiles.all())
        .extracting(DemoProfile::organisation)
        .containsExactlyInAnyOrder(DemoUsers.AVON, DemoUsers.WEST_YORKSHIRE, DemoUsers.BRISTOL, DemoUsers.HAVEN);
  }

  @Test
  void shouldBeSavedByMemberWhoMayEditWhenLoaded() {
    for (DemoProfile demo : DemoProfiles.all()) {
      DemoUser user = user(demo.username());
      assertThat(user.organisation()).as(demo.username()).isEqualTo(demo.organisation());
      assertThat(user.roles()).as(demo.username()).containsAnyOf("pcc-bidder", "partner-bidder", "provider-bidder", "finance-lead");
    }
  }

  @Test
  void shouldPassProfileChecksWhenSavedByItsDemoUser() {
    long id = 100;
    for (DemoProfile demo : DemoProfiles.all()) {
      id++;
      Organisation organisation = mock(Organisation.class);
      when(organisation.getId()).thenReturn(id);
      when(organisation.getName()).thenReturn(demo.organisation());
      when(organisation.getType()).thenReturn(OrganisationType.PROVIDER);
      when(organisations.find(id)).thenReturn(Optional.of(organisation));
      Caller caller = new Caller(demo.username(), 1L, id, "PROVIDER", null, user(demo.username()).roles());

      ProfileView view = service.save(caller, id, demo.input());

      assertThat(view.bankAccount().accountNumberMasked()).as(demo.organisation()).startsWith("****");
    }
  }

  @Test
  void shouldUseOnlyFictionalContactDetails() {
    for (DemoProfile demo : DemoProfiles.all()) {
      assertThat(demo.input().mainContact().email()).endsWith("@example.org");
      assertThat(demo.input().financeContact().email()).endsWith("@example.org");
      assertThat(demo.input().mainContact().phone()).startsWith("01632 960");
      assertThat(demo.input().bankAccount().sortCode()).startsWith("00-00-");
      assertThat(demo.input().bankAccount().accountNumber()).startsWith("0000");
    }
  }
}
