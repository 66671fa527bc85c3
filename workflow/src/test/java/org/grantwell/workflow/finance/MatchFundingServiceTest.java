package org.grantwell.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.rules.MatchStatus;
import org.grantwell.db.finance.FinanceRepository;
import org.grantwell.db.finance.FinanceRows.MatchRow;
import org.grantwell.db.finance.FinanceRows.StatusChangeRow;
import org.grantwell.db.finance.FinanceScope;
import org.grantwell.db.finance.MatchStatusChange;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class MatchFundingServiceTest {

  private static final Instant NOW = Instant.parse("2026-09-01T09:00:00Z");
  private static final long FUNDER = 101L;
  private static final long LEAD = 1L;
  private static final Caller FUNDER_FINANCE =
      new Caller("finance.ho", 5L, FUNDER, "FUNDER", null, Set.of(CandidateGroups.FINANCE_LEAD));
  private static final Caller FUNDER_PANEL =
      new Caller("panel.ho", 6L, FUNDER, "FUNDER", null, Set.of(CandidateGroups.PANEL));
  private static final Caller LEAD_BIDDER =
      new Caller("bidder.avon", 7L, LEAD, "PCC_OFFICE", "avon-and-somerset", Set.of(CandidateGroups.PCC_BIDDER));
  private static final Caller NATIONAL =
      new Caller("finance.national", 8L, 200L, "FUNDER", null, Set.of(CandidateGroups.NATIONAL_FINANCE));

  @Mock private FinanceRepository finance;
  @Mock private BidRepository bids;
  @Mock private AuditTrail audit;
  @Mock private Clock clock;
  @InjectMocks private MatchFundingService service;

  private AutoCloseable mocks;
  private final List<StatusChangeRow> changes = new ArrayList<>();

  @BeforeEach
  void openMocks() {
    mocks = MockitoAnnotations.openMocks(this);
    when(clock.instant()).thenReturn(NOW);
    when(bids.findByReference(anyString())).thenReturn(Optional.empty());
    when(finance.matchRows(any(), eq("GW-1"))).thenReturn(List.of(row("FUND", MatchStatus.PLEDGED)));
    when(finance.statusChanges(any(), eq("GW-1"))).thenAnswer(i -> List.copyOf(changes));
    when(finance.add(any())).thenAnswer(i -> {
      MatchStatusChange c = i.getArgument(0);
      changes.add(new StatusChangeRow(changes.size() + 1, c.getBidId(), c.getPosition(), c.getFromStatus(),
          c.getToStatus(), c.getEvidence(), c.getChangedBy(), c.getChangedAt()));
      return c;
    });
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  @Test
  void shouldRecordTheChangeAndAuditBeforeAndAfterWhenTheFundersFinanceLeadConfirms() {
    MatchFundingReport.Bid view = service.record(FUNDER_FINANCE, "GW-1", 0, new MatchStatusInput("confirmed", " Signed letter "));

    ArgumentCaptor<MatchStatusChange> change = ArgumentCaptor.forClass(MatchStatusChange.class);
    verify(finance).add(change.capture());
    assertThat(change.getValue().getFromStatus()).isEqualTo(MatchStatus.PLEDGED);
    assertThat(change.getValue().getToStatus()).isEqualTo(MatchStatus.CONFIRMED);
    assertThat(change.getValue().getEvidence()).isEqualTo("Signed letter");
    assertThat(change.getValue().getChangedAt()).isEqualTo(NOW);
    verify(audit).record("finance.ho", "MATCH_CONTRIBUTION", "GW-1/0", "MATCH_STATUS_CHANGED",
        Map.of("status", "PLEDGED", "evidence", "council letter"), Map.of("status", "CONFIRMED", "evidence", "Signed letter"));
    assertThat(view.contributions().get(0).status()).isEqualTo("CONFIRMED");
    assertThat(view.contributions().get(0).changedBy()).isEqualTo("finance.ho");
    assertThat(view.totals().confirmed()).isEqualTo(Money.ofPounds(20_000));
  }

  @Test
  void shouldLetTheLeadOrganisationRecordReceipt() {
    MatchFundingReport.Bid view = service.record(LEAD_BIDDER, "GW-1", 0, new MatchStatusInput("RECEIVED", "Remittance 42"));

    assertThat(view.totals().received()).isEqualTo(Money.ofPounds(20_000));
  }

  @Test
  void shouldLetNationalFinanceRecord() {
    service.record(NATIONAL, "GW-1", 0, new MatchStatusInput("CONFIRMED", "letter"));

    verify(finance).add(any());
  }

  @Test
  void shouldRefuseAStatusThatDoesNotMoveForward() {
    service.record(FUNDER_FINANCE, "GW-1", 0, new MatchStatusInput("RECEIVED", "remittance"));

    assertThatThrownBy(() -> service.record(FUNDER_FINANCE, "GW-1", 0, new MatchStatusInput("CONFIRMED", "letter")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.errors().get(0).code()).isEqualTo("STATUS_NOT_FORWARD");
          assertThat(e.errors().get(0).field()).isEqualTo("status");
        });
  }

  @Test
  void shouldRefuseTheSameStatusAgain() {
    assertThatThrownBy(() -> service.record(FUNDER_FINANCE, "GW-1", 0, new MatchStatusInput("PLEDGED", "x")))
        .isInstanceOf(InvalidInputException.class);
    verify(finance, never()).add(any());
  }

  @Test
  void shouldRefuseWithoutEvidenceOrWithAnUnknownStatus() {
    assertThatThrownBy(() -> service.record(FUNDER_FINANCE, "GW-1", 0, new MatchStatusInput("PAID", " ")))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.errors()).extracting(f -> f.field()).containsExactly("status", "evidence"));
    verify(audit, never()).record(anyString(), anyString(), anyString(), anyString(), anyMap(), anyMap());
  }

  @Test
  void shouldRefuseEvidenceLongerThanTheColumn() {
    assertThatThrownBy(() -> service.record(FUNDER_FINANCE, "GW-1", 0, new MatchStatusInput("CONFIRMED", "x".repeat(501))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("TOO_LONG"));
  }

  @Test
  void shouldRefuseBeforeTheBidIsFunded() {
    when(finance.matchRows(any(), eq("GW-1"))).thenReturn(List.of(row(null, MatchStatus.PLEDGED)));

    assertThatThrownBy(() -> service.record(FUNDER_FINANCE, "GW-1", 0, new MatchStatusInput("CONFIRMED", "letter")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("NOT_AWARDED"));
  }

  @Test
  void shouldAnswerNotFoundWhenTheCallerMayNotSeeTheBid() {
    when(finance.matchRows(any(), eq("GW-2"))).thenReturn(List.of());

    assertThatThrownBy(() -> service.record(LEAD_BIDDER, "GW-2", 0, new MatchStatusInput("CONFIRMED", "letter")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldAnswerNotFoundForAPositionTheBidDoesNotHave() {
    assertThatThrownBy(() -> service.record(FUNDER_FINANCE, "GW-1", 7, new MatchStatusInput("CONFIRMED", "letter")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldForbidFunderStaffWithoutAFinanceRole() {
    assertThatThrownBy(() -> service.record(FUNDER_PANEL, "GW-1", 0, new MatchStatusInput("CONFIRMED", "letter")))
        .isInstanceOf(ForbiddenActionException.class);
  }

  @Test
  void shouldScopeTheQueriesToTheCallersOrganisationUnlessNational() {
    when(finance.matchRows(any(), eq(null))).thenReturn(List.of());

    service.report(LEAD_BIDDER, "SSF4-1", " ", null);
    service.report(NATIONAL, null, null, 30);

    verify(finance).matchRows(new FinanceScope(LEAD, "SSF4-1", null), null);
    verify(finance).matchRows(new FinanceScope(null, null, null), null);
  }

  @Test
  void shouldRefuseNegativePledgedDays() {
    assertThatThrownBy(() -> service.report(NATIONAL, null, null, -1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("pledgedDays"));
  }

  @Test
  void shouldApplyTheNewestChangeToEachContribution() {
    List<MatchFacts> facts = MatchFundingService.facts(
        List.of(row("FUND", MatchStatus.PLEDGED)),
        List.of(new StatusChangeRow(1, 10, 0, MatchStatus.PLEDGED, MatchStatus.CONFIRMED, "a", "x", NOW),
            new StatusChangeRow(2, 10, 0, MatchStatus.CONFIRMED, MatchStatus.RECEIVED, "b", "y", NOW.plusSeconds(60))));

    assertThat(facts.get(0).contributions().get(0).status()).isEqualTo(MatchStatus.RECEIVED);
    assertThat(facts.get(0).contributions().get(0).evidence()).isEqualTo("b");
  }

  private static MatchRow row(String decision, MatchStatus status) {
    boolean funded = decision != null;
    return new MatchRow(10, "GW-1", "Safer Bristol", "IN_DELIVERY", "SSF4-1", "SSF", LEAD, "Avon PCC", FUNDER, decision,
        funded ? Money.ofPounds(80_000) : null, funded ? Instant.parse("2026-06-01T10:00:00Z") : null,
        Money.ofPounds(100_000), 0, "Bristol City Council", 2026, Money.ofPounds(20_000), false, status, "council letter");
  }
}
