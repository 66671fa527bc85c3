package org.grantwell.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.report.Action1Dashboard;
import org.grantwell.workflow.report.Action1Dashboard.Choice;
import org.grantwell.workflow.report.Action1Scope;
import org.grantwell.workflow.report.Action1Service;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class Action1DashboardViewTest {

  private static final Caller NATIONAL =
      new Caller("finance.national", 1L, 9L, "FUNDER", null, Set.of(CandidateGroups.NATIONAL_FINANCE));
  private static final Caller OFFICER =
      new Caller("officer.ho", 2L, 3L, "FUNDER", null, Set.of(CandidateGroups.GRANT_OFFICER));
  private static final Caller BIDDER =
      new Caller("bidder.avon", 4L, 5L, "PCC_OFFICE", "avon-and-somerset", Set.of(CandidateGroups.PCC_BIDDER));

  @Mock private Action1Service reports;
  @Mock private CurrentCaller caller;
  @Mock private FacesContext faces;
  @InjectMocks private Action1DashboardView view;

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
  void shouldAskForTheScopeInTheQueryWhenLoading() {
    signedIn(NATIONAL);
    Action1Scope scope = new Action1Scope(3L, "SSF", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), Reports.AS_OF);
    when(reports.dashboard(NATIONAL, scope)).thenReturn(dashboard(scope));
    view.setFunder("3");
    view.setProgramme("SSF");
    view.setFromParam("2026-04-01");
    view.setToParam("2027-03-31");
    view.setAsOfParam("2026-11-29");

    view.load();

    assertThat(view.getProblem()).isNull();
    assertThat(view.getFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(view.getAsOf()).isEqualTo(Reports.AS_OF);
    assertThat(view.getFunderName()).isEqualTo("Home Office");
    assertThat(view.getProgrammeName()).isEqualTo("Safer Streets (SSF)");
    assertThat(view.getPeriodText()).isEqualTo("from 1 Apr 2026 up to 31 Mar 2027");
    assertThat(view.getExportQuery()).isEqualTo("funder=3&programme=SSF&from=2026-04-01&to=2027-03-31&asOf=2026-11-29");
  }

  @Test
  void shouldShowTheirOwnFunderWhenTheCallerIsNotNational() {
    signedIn(OFFICER);
    Action1Scope applied = new Action1Scope(3L, null, null, null, Reports.AS_OF);
    when(reports.dashboard(any(), any())).thenReturn(dashboard(applied));
    view.setAsOfParam("2026-11-29");

    view.load();

    assertThat(view.isFunderChoice()).isFalse();
    assertThat(view.getFunder()).isEqualTo("3");
    assertThat(view.getFunderName()).isEqualTo("Home Office");
  }

  @Test
  void shouldSaySoWhenACallerWhoIsNotNationalAsksForAnotherFunder() {
    signedIn(OFFICER);
    when(reports.dashboard(any(), any())).thenThrow(new NotFoundException("There is no funder 5"));
    view.setFunder("5");

    view.load();

    assertThat(view.getReport()).isNull();
    assertThat(view.getProblem()).isEqualTo("You can choose only your own organisation as the funder.");
  }

  @Test
  void shouldExplainTheDateWhenTheQueryHasABadOne() {
    signedIn(NATIONAL);
    view.setFromParam("1 April");

    view.load();

    assertThat(view.getProblem()).isEqualTo("Give the date as YYYY-MM-DD, not '1 April'.");
    verify(reports, never()).dashboard(any(), any());
  }

  @Test
  void shouldNotLoadTheFiguresWhenTheCallerHasNoFinanceRole() {
    signedIn(BIDDER);

    view.load();

    assertThat(view.getProblem()).contains("finance leads");
    verify(reports, never()).dashboard(any(), any());
  }

  @Test
  void shouldRedirectWithTheChosenFiltersWhenShowIsPressed() {
    view.setFunder("3");
    view.setProgramme("");
    view.setFrom(LocalDate.of(2026, 4, 1));
    view.setAsOf(Reports.AS_OF);

    assertThat(view.apply())
        .isEqualTo("/app/action1.xhtml?faces-redirect=true&funder=3&from=2026-04-01&asOf=2026-11-29");
  }

  @Test
  void shouldLinkTheBidsOfAFigureToTheirPagesWhenLoaded() {
    signedIn(NATIONAL);
    when(reports.dashboard(any(), any())).thenReturn(dashboard(Action1Scope.everything(Reports.AS_OF)));

    Sources sources = view.bids(view.getReport().sustainability().multiYear().baseSources());

    assertThat(sources.refs()).containsExactly(new Sources.Ref("GW-12", "/app/bid.xhtml?id=12"));
    assertThat(view.areaName("AVS")).isEqualTo("Avon and Somerset");
    assertThat(view.getFairnessChart()).contains("Avon and Somerset");
    assertThat(view.money(view.getReport().fairness().awarded().amount())).isEqualTo("£250,000.00");
  }

  @Test
  void shouldKeepTheFiguresShownWhenAShowIsRefusedOnAPostback() {
    signedIn(NATIONAL);
    jakarta.faces.context.ExternalContext external = org.mockito.Mockito.mock(jakarta.faces.context.ExternalContext.class);
    when(faces.isPostback()).thenReturn(true);
    when(faces.getExternalContext()).thenReturn(external);
    when(external.getRequestParameterMap()).thenReturn(Map.of("programme", "SSF", "asOf", "2026-11-29", "from", ""));
    Action1Scope shown = new Action1Scope(null, "SSF", null, null, Reports.AS_OF);
    when(reports.dashboard(NATIONAL, shown)).thenReturn(dashboard(shown));

    assertThat(view.getReport()).isNotNull();
    assertThat(view.getShown()).containsEntry("programme", "SSF").containsEntry("from", "").containsEntry("asOf", "2026-11-29");
  }

  @Test
  void shouldRefuseAPeriodThatEndsBeforeItStartsWhenShowIsPressed() {
    view.setFrom(LocalDate.of(2026, 12, 1));
    view.setTo(LocalDate.of(2026, 1, 1));

    assertThat(view.apply()).isNull();
    verify(faces).addMessage(org.mockito.ArgumentMatchers.eq("filters:to"), any());
  }

  private void signedIn(Caller who) {
    when(caller.current()).thenReturn(Optional.of(who));
  }

  private static Action1Dashboard dashboard(Action1Scope scope) {
    return new Action1Dashboard(scope, Reports.small(), Map.of("GW-12", 12L),
        List.of(new Choice("3", "Home Office"), new Choice("5", "Avon and Somerset PCC")), List.of(new Choice("SSF", "Safer Streets")));
  }
}
