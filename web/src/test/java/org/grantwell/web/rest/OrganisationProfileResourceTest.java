package org.grantwell.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.util.Set;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.organisation.ProfileInput;
import org.grantwell.workflow.organisation.ProfileService;
import org.grantwell.workflow.organisation.ProfileView;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class OrganisationProfileResourceTest {

  private static final Caller BIDDER =
      new Caller("provider.haven", 11L, 7L, "PROVIDER", "avon-and-somerset", Set.of(CandidateGroups.PROVIDER_BIDDER));

  @Mock private ProfileService profiles;
  @Mock private CurrentCaller caller;
  @InjectMocks private OrganisationProfileResource resource;

  private AutoCloseable mocks;

  @BeforeEach
  void openMocks() {
    mocks = MockitoAnnotations.openMocks(this);
    when(caller.require()).thenReturn(BIDDER);
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  @Test
  void shouldServeProfileOfOrganisationInPath() {
    ProfileView view = mock(ProfileView.class);
    when(profiles.get(BIDDER, 7L)).thenReturn(view);

    assertThat(resource.get(7L)).isSameAs(view);
  }

  @Test
  void shouldSaveInputForCallerWhenBodyIsSent() {
    ProfileInput input = new ProfileInput(0L, null, null, null, null, null);
    ProfileView view = mock(ProfileView.class);
    when(profiles.save(BIDDER, 7L, input)).thenReturn(view);

    assertThat(resource.save(7L, input)).isSameAs(view);
  }

  @Test
  void shouldRefuseSaveWithoutCallingServiceWhenBodyIsMissing() {
    assertThatThrownBy(() -> resource.save(7L, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("body"));
    verify(profiles, never()).save(any(), anyLong(), any());
  }

  @Test
  void shouldLiveUnderOrganisationsAndNeedSignIn() {
    assertThat(OrganisationProfileResource.class.getAnnotation(Path.class).value()).isEqualTo("organisations/{id}/profile");
    assertThat(OrganisationProfileResource.class.getAnnotation(RolesAllowed.class).value())
        .containsExactlyInAnyOrderElementsOf(CandidateGroups.ALL);
  }
}
