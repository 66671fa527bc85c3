package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.user.AppUser;
import org.grantwell.db.user.AppUserRepository;
import org.grantwell.db.user.CallerFacts;
import org.grantwell.db.user.UserNames;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.security.CallerService;
import org.grantwell.workflow.security.UnknownCallerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class CallerServiceTest {

  @Mock private AppUserRepository users;
  @InjectMocks private CallerService service;

  private AutoCloseable mocks;

  @BeforeEach
  void openMocks() {
    mocks = MockitoAnnotations.openMocks(this);
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  private static ForceArea area(String code) {
    ForceArea area = mock(ForceArea.class);
    when(area.getCode()).thenReturn(code);
    return area;
  }

  private AppUser user(String username, OrganisationType type, ForceArea organisationArea, ForceArea homeArea) {
    Organisation organisation = mock(Organisation.class);
    when(organisation.getId()).thenReturn(1000L);
    when(organisation.getType()).thenReturn(type);
    when(organisation.getForceArea()).thenReturn(organisationArea);
    AppUser user = mock(AppUser.class);
    when(user.getId()).thenReturn(1050L);
    when(user.getUsername()).thenReturn(username);
    when(user.getOrganisation()).thenReturn(organisation);
    when(user.getHomeForceArea()).thenReturn(homeArea);
    when(user.getRoles()).thenReturn(Set.of(CandidateGroups.ASSESSOR));
    when(users.findByUsername(username)).thenReturn(Optional.of(user));
    CallerFacts facts = new CallerFacts(1050L, username, 1000L, type,
        homeArea == null ? null : homeArea.getCode(), organisationArea == null ? null : organisationArea.getCode());
    when(users.callerFacts(username)).thenReturn(Optional.of(facts));
    return user;
  }

  @Test
  void shouldBuildCallerFromUserOrganisationAndHomeAreaWhenUserExists() {
    user("bidder.avon", OrganisationType.PCC_OFFICE, area("avon-and-somerset"), area("avon-and-somerset"));

    Caller caller = service.forUsername("bidder.avon", Set.of(CandidateGroups.PCC_BIDDER));

    assertThat(caller)
        .isEqualTo(
            new Caller("bidder.avon", 1050L, 1000L, "PCC_OFFICE", "avon-and-somerset", Set.of(CandidateGroups.PCC_BIDDER)));
  }

  @Test
  void shouldPreferHomeAreaWhenOrganisationIsNational() {
    user("assessor.kent", OrganisationType.FUNDER, null, area("kent"));

    assertThat(service.forUsername("assessor.kent", Set.of()).forceAreaCode()).isEqualTo("kent");
  }

  @Test
  void shouldFallBackToOrganisationAreaWhenUserHasNoHomeArea() {
    user("bidder.bristol", OrganisationType.LOCAL_AUTHORITY, area("avon-and-somerset"), null);

    assertThat(service.forUsername("bidder.bristol", Set.of()).forceAreaCode()).isEqualTo("avon-and-somerset");
  }

  @Test
  void shouldHaveNoAreaWhenNeitherUserNorOrganisationHasOne() {
    user("panel.ho", OrganisationType.FUNDER, null, null);

    assertThat(service.forUsername("panel.ho", Set.of(CandidateGroups.PANEL)).forceAreaCode()).isNull();
  }

  @Test
  void shouldUseStoredRolesWhenCalledWithoutRoles() {
    user("assessor.cumbria", OrganisationType.FUNDER, null, area("cumbria"));

    assertThat(service.forUsername("assessor.cumbria").roles()).containsExactly(CandidateGroups.ASSESSOR);
  }

  @Test
  void shouldThrowUnknownCallerWhenNoSuchUser() {
    when(users.findByUsername("ghost")).thenReturn(Optional.empty());
    when(users.callerFacts("ghost")).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service.forUsername("ghost", Set.of()))
        .isInstanceOf(UnknownCallerException.class)
        .hasMessageContaining("ghost");
  }

  @Test
  void shouldGiveThePagesTheDisplayNameAndOrganisationFromOneLookUp() {
    when(users.names("finance.avon")).thenReturn(Optional.of(new UserNames("Avon Finance", "OPCC Avon and Somerset")));

    assertThat(service.names("finance.avon")).isEqualTo(new CallerService.Names("Avon Finance", "OPCC Avon and Somerset"));
    assertThatThrownBy(() -> service.names("ghost")).isInstanceOf(UnknownCallerException.class).hasMessageContaining("ghost");
    assertThatThrownBy(() -> service.names(" ")).isInstanceOf(UnknownCallerException.class);
  }
}
