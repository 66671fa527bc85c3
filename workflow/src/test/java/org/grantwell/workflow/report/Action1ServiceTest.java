package org.grantwell.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.grantwell.db.area.ForceAreaRepository;
import org.grantwell.db.report.ReportRepository;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.programme.FundingProgramme;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.round.FundingRoundRepository;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class Action1ServiceTest {

  private static final long HOME_OFFICE = 3L;
  private static final long AVON_OFFICE = 5L;
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);
  private static final Caller NATIONAL =
      new Caller("finance.national", 1L, 9L, "FUNDER", null, Set.of(CandidateGroups.NATIONAL_FINANCE));
  private static final Caller OFFICER =
      new Caller("officer.ho", 2L, HOME_OFFICE, "FUNDER", null, Set.of(CandidateGroups.GRANT_OFFICER));

  @Mock private FundingRoundRepository rounds;
  @Mock private ReportRepository facts;
  @Mock private BidRepository bids;
  @Mock private ForceAreaRepository areas;
  @InjectMocks private Action1Service service;

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
  void shouldKeepTheChosenFunderWhenTheCallerIsNational() {
    Action1Scope scope = new Action1Scope(AVON_OFFICE, null, null, null, AS_OF);

    assertThat(Action1Service.applied(NATIONAL, scope)).isEqualTo(scope);
  }

  @Test
  void shouldUseTheirOwnOrganisationWhenACallerWhoIsNotNationalChoosesNoFunder() {
    assertThat(Action1Service.applied(OFFICER, Action1Scope.everything(AS_OF)).funderId()).isEqualTo(HOME_OFFICE);
  }

  @Test
  void shouldAnswerNotFoundWhenACallerWhoIsNotNationalChoosesAnotherFunder() {
    Action1Scope scope = new Action1Scope(AVON_OFFICE, null, null, null, AS_OF);

    assertThatThrownBy(() -> service.report(OFFICER, scope)).isInstanceOf(NotFoundException.class);
    verify(rounds, never()).findAll();
  }

  @Test
  void shouldKeepOnlyTheRoundsTheirOrganisationFundsWhenTheCallerIsNotNational() {
    FundingRound own = round("SSF-5", HOME_OFFICE, "SSF", "2026-05-11T08:00:00Z");
    FundingRound other = round("AVS-1", AVON_OFFICE, "LCF", "2026-05-11T08:00:00Z");

    assertThat(Action1Service.inScope(List.of(other, own), OFFICER, Action1Scope.everything(AS_OF)))
        .containsExactly(own);
  }

  @Test
  void shouldKeepTheRoundsOfTheChosenFunderProgrammeAndPeriodWhenNational() {
    FundingRound inPeriod = round("SSF-5", HOME_OFFICE, "SSF", "2026-05-11T08:00:00Z");
    FundingRound earlier = round("SSF-4", HOME_OFFICE, "SSF", "2025-05-11T08:00:00Z");
    FundingRound otherProgramme = round("VAWG-1", HOME_OFFICE, "VAWG", "2026-06-01T08:00:00Z");
    FundingRound otherFunder = round("AVS-1", AVON_OFFICE, "SSF", "2026-06-01T08:00:00Z");
    Action1Scope scope =
        new Action1Scope(HOME_OFFICE, "SSF", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), AS_OF);

    assertThat(Action1Service.inScope(List.of(otherFunder, otherProgramme, earlier, inPeriod), NATIONAL, scope))
        .containsExactly(inPeriod);
  }

  @Test
  void shouldReadTheFactsOfAllAwardsInFourQueriesWhenReporting() {
    Action1Report report = service.report(NATIONAL, "SSF", AS_OF);

    assertThat(report.asOf()).isEqualTo(AS_OF);
    verify(facts).fundedAwards(Set.of());
    verify(facts).interventions(Set.of());
    verify(facts).outcomeTargets(Set.of());
    verify(facts).latestVerifiedOutcomes(Set.of());
    verify(bids, never()).find(anyLong());
  }

  @Test
  void shouldOfferOnlyTheirOwnOrganisationAsFunderWhenTheCallerIsNotNational() {
    FundingRound own = round("SSF-5", HOME_OFFICE, "SSF", "2026-05-11T08:00:00Z");
    FundingRound other = round("AVS-1", AVON_OFFICE, "LCF", "2026-05-11T08:00:00Z");
    when(rounds.findAll()).thenReturn(List.of(own, other));

    Action1Dashboard dashboard = service.dashboard(OFFICER, new Action1Scope(null, null, null, LocalDate.of(2020, 1, 1), AS_OF));

    assertThat(dashboard.scope().funderId()).isEqualTo(HOME_OFFICE);
    assertThat(dashboard.funders()).extracting(Action1Dashboard.Choice::value).containsExactly(String.valueOf(HOME_OFFICE));
    assertThat(dashboard.programmes()).extracting(Action1Dashboard.Choice::value).containsExactly("SSF");
  }

  private static FundingRound round(String reference, long funderId, String programmeCode, String opensAt) {
    Organisation funder = mock(Organisation.class);
    when(funder.getId()).thenReturn(funderId);
    when(funder.getName()).thenReturn("Funder " + funderId);
    FundingProgramme programme = mock(FundingProgramme.class);
    when(programme.getCode()).thenReturn(programmeCode);
    when(programme.getName()).thenReturn("Programme " + programmeCode);
    FundingRound round = mock(FundingRound.class);
    when(round.getReference()).thenReturn(reference);
    when(round.getFunder()).thenReturn(funder);
    when(round.getProgramme()).thenReturn(programme);
    when(round.getOpensAt()).thenReturn(Instant.parse(opensAt));
    return round;
  }
}
