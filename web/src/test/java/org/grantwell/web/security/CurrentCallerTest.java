package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.security.CallerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class CurrentCallerTest {

  @Mock private SecurityContext securityContext;
  @Mock private CallerService callers;
  @Mock private HttpServletRequest request;
  @InjectMocks private CurrentCaller currentCaller;

  private AutoCloseable mocks;

  @BeforeEach
  void openMocks() {
    mocks = MockitoAnnotations.openMocks(this);
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  @Test
  void shouldBeEmptyWithoutLookupWhenRequestIsAnonymous() {
    assertThat(currentCaller.current()).isEmpty();
    verify(callers, never()).forUsername(anyString(), anySet());
  }

  @Test
  void shouldLoadCallerOnceWithGrantedRolesWhenAuthenticated() {
    Set<String> roles = Set.of(CandidateGroups.FINANCE_LEAD, CandidateGroups.PCC_SIGNOFF);
    Caller finance = new Caller("finance.avon", 1L, 2L, "PCC_OFFICE", "avon-and-somerset", roles);
    when(securityContext.getCallerPrincipal()).thenReturn(new CallerPrincipal("finance.avon"));
    when(securityContext.isCallerInRole(CandidateGroups.FINANCE_LEAD)).thenReturn(true);
    when(securityContext.isCallerInRole(CandidateGroups.PCC_SIGNOFF)).thenReturn(true);
    when(callers.forUsername("finance.avon", roles)).thenReturn(finance);

    assertThat(currentCaller.current()).contains(finance);
    assertThat(currentCaller.require()).isSameAs(finance);
    verify(callers, times(1)).forUsername(anyString(), anySet());
  }

  @Test
  void shouldTakeTheGroupsTheMechanismEstablishedWithoutAskingRoleByRole() {
    Set<String> roles = Set.of(CandidateGroups.ASSESSOR);
    Caller assessor = new Caller("assessor.kent", 3L, 4L, "FUNDER", "kent", roles);
    when(request.getAttribute(SignedInCaller.REQUEST_ATTRIBUTE))
        .thenReturn(new SignedInCaller("assessor.kent", Set.of(CandidateGroups.ASSESSOR, "not-a-grantwell-group")));
    when(callers.forUsername("assessor.kent", roles)).thenReturn(assessor);

    assertThat(currentCaller.current()).contains(assessor);
    verify(securityContext, never()).isCallerInRole(anyString());
    verify(securityContext, never()).getCallerPrincipal();
  }
}
