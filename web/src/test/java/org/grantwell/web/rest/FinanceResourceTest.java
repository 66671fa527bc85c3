package org.grantwell.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.grantwell.db.shared.Money;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.finance.BalanceView;
import org.grantwell.workflow.finance.LedgerBalanceService;
import org.grantwell.workflow.finance.MatchFundingReport;
import org.grantwell.workflow.finance.MatchFundingService;
import org.grantwell.workflow.finance.MatchStatusInput;
import org.grantwell.workflow.finance.SpendingReport;
import org.grantwell.workflow.finance.SpendingWindowService;
import org.grantwell.workflow.ledger.LedgerOverviewService;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class FinanceResourceTest {

  private static final Caller FINANCE =
      new Caller("finance.avon", 3L, 1L, "PCC_OFFICE", "avon-and-somerset", Set.of(CandidateGroups.FINANCE_LEAD));

  @Mock private MatchFundingService matchFunding;
  @Mock private SpendingWindowService spending;
  @Mock private LedgerBalanceService balances;
  @Mock private LedgerOverviewService overview;
  @Mock private CurrentCaller caller;
  @InjectMocks private FinanceResource resource;
  @InjectMocks private LedgerResource ledger;

  private AutoCloseable mocks;

  @BeforeEach
  void openMocks() {
    mocks = MockitoAnnotations.openMocks(this);
    when(caller.require()).thenReturn(FINANCE);
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  @Test
  void shouldPassTheFiltersAndDaysToTheService() {
    MatchFundingReport report = mock(MatchFundingReport.class);
    when(matchFunding.report(FINANCE, "SSF4-1", "SSF", 30)).thenReturn(report);

    assertThat(resource.matchFunding("SSF4-1", "SSF", " 30 ")).isSameAs(report);
  }

  @Test
  void shouldRefuseDaysThatAreNotANumber() {
    assertThatThrownBy(() -> resource.matchFunding(null, null, "ninety"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("pledgedDays"));
  }

  @Test
  void shouldRecordTheStatusOfThePositionInThePath() {
    MatchStatusInput body = new MatchStatusInput("CONFIRMED", "letter");
    MatchFundingReport.Bid view = mock(MatchFundingReport.Bid.class);
    when(matchFunding.record(FINANCE, "GW-1", 2, body)).thenReturn(view);

    assertThat(resource.recordStatus("GW-1", "2", body)).isSameAs(view);
  }

  @Test
  void shouldRefuseARecordWithoutBodyOrWithABadPosition() {
    assertThatThrownBy(() -> resource.recordStatus("GW-1", "2", null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> resource.recordStatus("GW-1", "x", new MatchStatusInput("CONFIRMED", "e")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("position"));
    verify(matchFunding, never()).record(any(), anyString(), anyInt(), any());
  }

  @Test
  void shouldReadTheAsOfDateAndAtRiskFlag() {
    SpendingReport report = new SpendingReport(LocalDate.of(2026, 9, 30), List.of(), List.of(), Money.ZERO);
    when(spending.report(FINANCE, LocalDate.of(2026, 9, 30), true)).thenReturn(report);

    assertThat(resource.spendingWindows("2026-09-30", "true")).isSameAs(report);
  }

  @Test
  void shouldRefuseAnAsOfDateInAnotherFormat() {
    assertThatThrownBy(() -> resource.spendingWindows("30/09/2026", null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("asOf"));
    verify(spending, never()).report(any(), any(), anyBoolean());
  }

  @Test
  void shouldGroupBalancesByRoundWhenNoGroupingIsGiven() {
    List<BalanceView> rows = List.of();
    when(balances.balances(FINANCE, "round")).thenReturn(rows);

    assertThat(ledger.balances(null)).isSameAs(rows);
  }

  @Test
  void shouldLiveUnderFinanceForFinanceRolesAndLetBiddersRecordMatch() throws Exception {
    assertThat(FinanceResource.class.getAnnotation(Path.class).value()).isEqualTo("finance");
    assertThat(FinanceResource.class.getAnnotation(RolesAllowed.class).value())
        .containsExactlyInAnyOrder(LedgerResource.class.getAnnotation(RolesAllowed.class).value());
    assertThat(FinanceResource.class.getMethod("recordStatus", String.class, String.class, MatchStatusInput.class)
        .getAnnotation(RolesAllowed.class).value()).contains(CandidateGroups.PCC_BIDDER, CandidateGroups.FINANCE_LEAD);
  }
}
