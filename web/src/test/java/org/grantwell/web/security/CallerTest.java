package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.junit.jupiter.api.Test;

class CallerTest {

  private static Caller withRoles(Set<String> roles) {
    return new Caller("someone", 1001L, 1000L, "PCC_OFFICE", "avon-and-somerset", roles);
  }

  @Test
  void shouldHaveRoleWhenGranted() {
    Caller caller = withRoles(Set.of(CandidateGroups.PCC_BIDDER));

    assertThat(caller.hasRole(CandidateGroups.PCC_BIDDER)).isTrue();
    assertThat(caller.hasRole(CandidateGroups.PCC_SIGNOFF)).isFalse();
    assertThat(caller.hasRole(null)).isFalse();
  }

  @Test
  void shouldBeNationalWhenNationalFinanceOrAdmin() {
    assertThat(withRoles(Set.of(CandidateGroups.NATIONAL_FINANCE)).isNational()).isTrue();
    assertThat(withRoles(Set.of(CandidateGroups.ADMIN)).isNational()).isTrue();
  }

  @Test
  void shouldNotBeNationalWhenAreaOrAssessmentRolesOnly() {
    Set<String> local =
        Set.of(CandidateGroups.PCC_BIDDER, CandidateGroups.FINANCE_LEAD, CandidateGroups.ASSESSOR, CandidateGroups.PANEL);

    assertThat(withRoles(local).isNational()).isFalse();
  }

  @Test
  void shouldKeepAnUnmodifiableCopyOfRoles() {
    Set<String> roles = new HashSet<>(Set.of(CandidateGroups.PCC_BIDDER));
    Caller caller = withRoles(roles);

    roles.add(CandidateGroups.ADMIN);

    assertThat(caller.roles()).containsExactly(CandidateGroups.PCC_BIDDER);
    assertThatThrownBy(() -> caller.roles().add(CandidateGroups.ADMIN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shouldHaveNoRolesWhenGivenNull() {
    assertThat(withRoles(null).roles()).isEmpty();
  }
}
