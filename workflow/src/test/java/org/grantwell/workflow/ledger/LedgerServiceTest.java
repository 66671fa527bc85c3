package org.grantwell.workflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.ledger.AwardBalance;
import org.grantwell.db.ledger.EntryType;
import org.grantwell.db.ledger.Figures;
import org.grantwell.db.ledger.LedgerConstraintException;
import org.grantwell.db.ledger.LedgerEntry;
import org.grantwell.db.ledger.LedgerRepository;
import org.grantwell.db.ledger.Recipient;
import org.grantwell.db.ledger.RoundBalance;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.round.FundingRoundRepository;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
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

class LedgerServiceTest {

  private static final long ROUND = 1000L;
  private static final long BID = 1050L;
  private static final long LEAD = 7L;
  private static final long AREA = 1L;
  private static final String OFFICER = "finance.home-office";
  private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");
  private static final FinancialYear FY2026 = new FinancialYear(2026);
  private static final FinancialYear FY2027 = new FinancialYear(2027);

  @Mock private LedgerRepository ledger;
  @Mock private FundingRoundRepository rounds;
  @Mock private BidRepository bids;
  @Mock private AuditTrail audit;
  @Mock private Clock clock;
  @InjectMocks private LedgerService service;

  private AutoCloseable mocks;
  private long nextId = 1000L;

  @BeforeEach
  void setUp() {
    mocks = MockitoAnnotations.openMocks(this);
    when(clock.instant()).thenReturn(NOW);
    FundingRound round = mock(FundingRound.class);
    when(round.getId()).thenReturn(ROUND);
    when(round.getReference()).thenReturn("SSF5");
    when(rounds.find(ROUND)).thenReturn(Optional.of(round));
    Organisation lead = mock(Organisation.class);
    when(lead.getId()).thenReturn(LEAD);
    ForceArea area = mock(ForceArea.class);
    when(area.getId()).thenReturn(AREA);
    Bid bid = mock(Bid.class);
    when(bid.getId()).thenReturn(BID);
    when(bid.getReference()).thenReturn("GW-1050");
    when(bid.getRound()).thenReturn(round);
    when(bid.getLeadOrganisation()).thenReturn(lead);
    when(bid.getForceArea()).thenReturn(area);
    when(bids.find(BID)).thenReturn(Optional.of(bid));
    when(ledger.findByIdempotencyKey(anyString())).thenReturn(Optional.empty());
    when(ledger.lockRound(anyLong())).thenReturn(Optional.empty());
    when(ledger.lockAward(anyLong())).thenReturn(Optional.empty());
    when(ledger.append(any())).thenAnswer(call -> stored(call.getArgument(0)));
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  private LedgerEntry stored(LedgerEntry entry) throws ReflectiveOperationException {
    Field id = LedgerEntry.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(entry, nextId++);
    return entry;
  }

  private void roundHas(String pot, String committed) {
    Figures figures = new Figures(Money.of(pot), Money.of(committed), Money.ZERO, Money.ZERO);
    when(ledger.lockRound(ROUND)).thenReturn(Optional.of(new RoundBalance(ROUND, figures, 3)));
  }

  private void awardHas(String committed, String paid, String clawedBack) {
    roundHas("1000000.00", committed);
    Figures figures =
        new Figures(Money.ZERO, Money.of(committed), Money.of(paid), Money.of(clawedBack));
    when(ledger.lockAward(BID)).thenReturn(Optional.of(new AwardBalance(BID, ROUND, figures, 2)));
  }

  private LedgerEntry appended() {
    ArgumentCaptor<LedgerEntry> entry = ArgumentCaptor.forClass(LedgerEntry.class);
    verify(ledger).append(entry.capture());
    return entry.getValue();
  }

  private static LedgerConstraintException check() {
    return new LedgerConstraintException(
        LedgerConstraintException.Kind.CHECK, "ledger_round_balance_within_pot_chk", null);
  }

  @Test
  void shouldWritePotSetWhenRoundHasNoPotYet() {
    LedgerEntryView view = service.setPot(ROUND, Money.of("250000.00"), OFFICER, "pot-ssf5");

    LedgerEntry entry = appended();
    assertThat(entry.getType()).isEqualTo(EntryType.POT_SET);
    assertThat(entry.getAmount()).isEqualTo(Money.of("250000.00"));
    assertThat(entry.getBidId()).isNull();
    assertThat(view.type()).isEqualTo("POT_SET");
    assertThat(view.idempotencyKey()).isEqualTo("pot-ssf5");
  }

  @Test
  void shouldWriteDifferenceWhenPotIsChanged() {
    roundHas("250000.00", "100000.00");

    service.setPot(ROUND, Money.of("200000.00"), OFFICER, "pot-cut");

    LedgerEntry entry = appended();
    assertThat(entry.getType()).isEqualTo(EntryType.POT_CHANGED);
    assertThat(entry.getAmount()).isEqualTo(Money.of("-50000.00"));
  }

  @Test
  void shouldRefusePotWhenItWouldBeBelowCommitments() {
    roundHas("250000.00", "100000.00");

    assertThatThrownBy(() -> service.setPot(ROUND, Money.of("90000.00"), OFFICER, "pot-cut"))
        .isInstanceOf(LedgerRefusedException.class)
        .hasMessage(
            "The round has £100,000.00 committed; a pot of £90,000.00 would leave it"
                + " over-committed");
    verify(ledger, never()).append(any());
  }

  @Test
  void shouldCommitAwardToBidAndItsRecipientWhenPotHasRoom() {
    roundHas("1000.00", "400.00");

    LedgerEntryView view = service.commitAward(BID, Money.of("600.00"), OFFICER, "award-GW-1050");

    LedgerEntry entry = appended();
    assertThat(entry.getType()).isEqualTo(EntryType.AWARD_COMMITTED);
    assertThat(entry.getRoundId()).isEqualTo(ROUND);
    assertThat(new Recipient(entry.getBidId(), entry.getOrganisationId(), entry.getForceAreaId()))
        .isEqualTo(Recipient.award(BID, LEAD, AREA));
    assertThat(entry.getAmount()).isEqualTo(Money.of("600.00"));
    assertThat(entry.getCreatedBy()).isEqualTo(OFFICER);
    assertThat(view.createdAt()).isEqualTo(NOW);
  }

  @Test
  void shouldLockRoundBeforeAwardWhenCommitting() {
    roundHas("1000.00", "0.00");

    service.commitAward(BID, Money.of("600.00"), OFFICER, "award-GW-1050");

    InOrder order = inOrder(ledger);
    order.verify(ledger).lockRound(ROUND);
    order.verify(ledger).lockAward(BID);
    order.verify(ledger).append(any());
  }

  @Test
  void shouldRefuseWithWhatIsLeftWhenAwardWouldOverCommitPot() {
    roundHas("1000.00", "600.00");

    assertThatThrownBy(() -> service.commitAward(BID, Money.of("600.00"), OFFICER, "award-GW-1050"))
        .isInstanceOf(LedgerRefusedException.class)
        .hasMessage("The round has £400.00 left; this award of £600.00 would over-commit it")
        .extracting(e -> ((LedgerRefusedException) e).code())
        .isEqualTo("POT_EXCEEDED");
    verify(ledger, never()).append(any());
    verifyNoInteractions(audit);
  }

  @Test
  void shouldRefuseSameWayWhenDatabaseCheckRefusesCommitment() {
    roundHas("1000.00", "0.00");
    doThrow(check()).when(ledger).append(any());

    assertThatThrownBy(() -> service.commitAward(BID, Money.of("600.00"), OFFICER, "award-GW-1050"))
        .isInstanceOf(LedgerRefusedException.class)
        .hasMessage("The round has £1,000.00 left; this award of £600.00 would over-commit it")
        .hasCauseInstanceOf(LedgerConstraintException.class);
    verifyNoInteractions(audit);
  }

  @Test
  void shouldAskToRetryWhenAnotherTransactionTookTheKeyAtTheSameMoment() {
    roundHas("1000.00", "0.00");
    doThrow(
            new LedgerConstraintException(
                LedgerConstraintException.Kind.UNIQUE, "ledger_entry_idempotency_key_uk", null))
        .when(ledger)
        .append(any());

    assertThatThrownBy(() -> service.commitAward(BID, Money.of("600.00"), OFFICER, "award-GW-1050"))
        .isInstanceOf(StaleEditException.class);
  }

  @Test
  void shouldRefuseCommitmentWhenRoundHasNoPot() {
    assertThatThrownBy(() -> service.commitAward(BID, Money.of("600.00"), OFFICER, "award-GW-1050"))
        .isInstanceOf(LedgerRefusedException.class)
        .hasMessageContaining("no pot");
  }

  @Test
  void shouldReturnEarlierEntryAndWriteNothingWhenKeyWasUsedBySameRequest() throws Exception {
    roundHas("1000.00", "1000.00");
    LedgerEntry earlier =
        stored(
            new LedgerEntry(
                EntryType.AWARD_COMMITTED,
                ROUND,
                Recipient.award(BID, LEAD, AREA),
                null,
                null,
                null,
                Money.of("600.00"),
                "first time",
                "award-GW-1050",
                OFFICER,
                NOW.minusSeconds(60)));
    when(ledger.findByIdempotencyKey("award-GW-1050")).thenReturn(Optional.of(earlier));

    LedgerEntryView view = service.commitAward(BID, Money.of("600.00"), OFFICER, "award-GW-1050");

    assertThat(view.reason()).isEqualTo("first time");
    verify(ledger, never()).append(any());
    verifyNoInteractions(audit);
  }

  @Test
  void shouldRefuseWhenKeyWasUsedForAnotherEntry() throws Exception {
    roundHas("1000.00", "0.00");
    LedgerEntry earlier =
        stored(
            new LedgerEntry(
                EntryType.AWARD_COMMITTED,
                ROUND,
                Recipient.award(BID, LEAD, AREA),
                null,
                null,
                null,
                Money.of("500.00"),
                "first time",
                "award-GW-1050",
                OFFICER,
                NOW));
    when(ledger.findByIdempotencyKey("award-GW-1050")).thenReturn(Optional.of(earlier));

    assertThatThrownBy(() -> service.commitAward(BID, Money.of("600.00"), OFFICER, "award-GW-1050"))
        .isInstanceOf(LedgerRefusedException.class)
        .extracting(e -> ((LedgerRefusedException) e).code())
        .isEqualTo("IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void shouldAuditEntryInSameCallWhenWritten() {
    roundHas("1000.00", "0.00");

    service.commitAward(BID, Money.of("600.00"), OFFICER, "award-GW-1050");

    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, Object>> values = ArgumentCaptor.forClass(Map.class);
    verify(audit)
        .record(
            eq(OFFICER),
            eq("LEDGER_ENTRY"),
            eq("1000"),
            eq("AWARD_COMMITTED"),
            eq(null),
            values.capture());
    assertThat(values.getValue())
        .containsEntry("amount", Money.of("600.00"))
        .containsEntry("bidId", BID)
        .containsEntry("idempotencyKey", "award-GW-1050");
  }

  @Test
  void shouldPayClaimForItsYearAndQuarterWhenAwardHasEnoughLeft() {
    awardHas("600.00", "100.00", "0.00");

    service.payClaim(BID, Money.of("150.00"), FY2026, 3, OFFICER, "claim-GW-1050-2026Q3");

    LedgerEntry entry = appended();
    assertThat(entry.getType()).isEqualTo(EntryType.CLAIM_PAID);
    assertThat(entry.getFinancialYear()).isEqualTo(FY2026);
    assertThat(entry.getQuarter()).isEqualTo(3);
    assertThat(entry.getAmount()).isEqualTo(Money.of("150.00"));
    assertThat(entry.getReason()).isEqualTo("Claim for 2026-27 Q3 paid on bid GW-1050");
  }

  @Test
  void shouldRefuseClaimWhenItWouldPayMoreThanCommitted() {
    awardHas("600.00", "500.00", "0.00");

    assertThatThrownBy(
            () -> service.payClaim(BID, Money.of("150.00"), FY2026, 3, OFFICER, "claim-1"))
        .isInstanceOf(LedgerRefusedException.class)
        .hasMessage("The award has £100.00 left to pay; this claim of £150.00 would overpay it");
    verify(ledger, never()).append(any());
  }

  @Test
  void shouldRefuseClaimSameWayWhenDatabaseCheckRefusesIt() {
    awardHas("600.00", "500.00", "0.00");
    doThrow(check()).when(ledger).append(any());

    assertThatThrownBy(
            () -> service.payClaim(BID, Money.of("100.00"), FY2026, 3, OFFICER, "claim-1"))
        .isInstanceOf(LedgerRefusedException.class)
        .hasMessage("The award has £100.00 left to pay; this claim of £100.00 would overpay it");
  }

  @Test
  void shouldRefuseClaimWhenNothingIsCommittedToBid() {
    roundHas("1000.00", "0.00");

    assertThatThrownBy(
            () -> service.payClaim(BID, Money.of("100.00"), FY2026, 1, OFFICER, "claim-1"))
        .isInstanceOf(LedgerRefusedException.class)
        .hasMessage("Nothing has been committed to bid GW-1050 yet");
  }

  @Test
  void shouldRefuseClaimWhenQuarterIsOutOfRange() {
    assertThatThrownBy(
            () -> service.payClaim(BID, Money.of("100.00"), FY2026, 5, OFFICER, "claim-1"))
        .isInstanceOf(InvalidInputException.class)
        .isNotInstanceOf(LedgerRefusedException.class);
    verifyNoInteractions(ledger);
  }

  @Test
  void shouldWriteNegativeEntryWhenAwardIsReduced() {
    awardHas("600.00", "100.00", "0.00");

    service.reduceAward(BID, Money.of("200.00"), "Scope cut at variation", OFFICER, "reduce-1");

    LedgerEntry entry = appended();
    assertThat(entry.getType()).isEqualTo(EntryType.AWARD_REDUCED);
    assertThat(entry.getAmount()).isEqualTo(Money.of("-200.00"));
  }

  @Test
  void shouldRefuseReductionWhenItWouldTakeBackMoneyAlreadyPaid() {
    awardHas("600.00", "500.00", "0.00");

    assertThatThrownBy(
            () -> service.reduceAward(BID, Money.of("200.00"), "Scope cut", OFFICER, "reduce-1"))
        .isInstanceOf(LedgerRefusedException.class)
        .hasMessage("The award has £100.00 not yet paid, less than this reduction of £200.00");
  }

  @Test
  void shouldReleaseWhatIsNotYetPaidWhenAwardIsReleased() {
    awardHas("600.00", "450.00", "50.00");

    service.releaseAward(BID, "Project closed", OFFICER, "release-1");

    LedgerEntry entry = appended();
    assertThat(entry.getType()).isEqualTo(EntryType.AWARD_RELEASED);
    assertThat(entry.getAmount()).isEqualTo(Money.of("-100.00"));
  }

  @Test
  void shouldRefuseReleaseWhenNothingIsLeftToPay() {
    awardHas("600.00", "600.00", "0.00");

    assertThatThrownBy(() -> service.releaseAward(BID, "Project closed", OFFICER, "release-1"))
        .isInstanceOf(LedgerRefusedException.class)
        .extracting(e -> ((LedgerRefusedException) e).code())
        .isEqualTo("NOTHING_TO_RELEASE");
  }

  @Test
  void shouldRefuseClawbackWhenItExceedsWhatWasPaid() {
    awardHas("600.00", "300.00", "250.00");

    assertThatThrownBy(
            () -> service.clawBack(BID, Money.of("60.00"), "Ineligible spend", OFFICER, "claw-1"))
        .isInstanceOf(LedgerRefusedException.class)
        .hasMessage(
            "The award has been paid £50.00 net of clawbacks; a clawback of £60.00 would exceed"
                + " it");
  }

  @Test
  void shouldWriteClawbackWhenWithinWhatWasPaid() {
    awardHas("600.00", "300.00", "0.00");

    service.clawBack(BID, Money.of("60.00"), "Ineligible spend", OFFICER, "claw-1");

    assertThat(appended().getType()).isEqualTo(EntryType.CLAWBACK);
  }

  @Test
  void shouldWriteTwoEntriesThatSumToZeroWhenMovingBetweenYears() {
    awardHas("600.00", "100.00", "0.00");

    List<LedgerEntryView> moved =
        service.moveBetweenYears(BID, FY2026, FY2027, Money.of("200.00"), "finance.lead", "move-1");

    assertThat(moved)
        .extracting(LedgerEntryView::type)
        .containsExactly("VARIATION_MOVED", "VARIATION_MOVED");
    assertThat(moved)
        .extracting(LedgerEntryView::financialYear)
        .containsExactly("2026-27", "2027-28");
    assertThat(moved)
        .extracting(LedgerEntryView::amount)
        .containsExactly(Money.of("-200.00"), Money.of("200.00"));
    assertThat(moved)
        .extracting(LedgerEntryView::idempotencyKey)
        .containsExactly("move-1:from", "move-1:to");
    verify(audit)
        .record(
            eq("finance.lead"),
            eq("LEDGER_ENTRY"),
            eq("1000"),
            eq("VARIATION_MOVED"),
            eq(null),
            any());
    verify(audit)
        .record(
            eq("finance.lead"),
            eq("LEDGER_ENTRY"),
            eq("1001"),
            eq("VARIATION_MOVED"),
            eq(null),
            any());
  }

  @Test
  void shouldRefuseMoveWhenYearsAreTheSame() {
    assertThatThrownBy(
            () ->
                service.moveBetweenYears(
                    BID, FY2026, FY2026, Money.of("200.00"), "finance.lead", "move-1"))
        .isInstanceOf(InvalidInputException.class);
    verifyNoInteractions(ledger);
  }

  @Test
  void shouldReportRemainingAndOutstandingWhenBalancesAreAsked() {
    Figures figures =
        new Figures(Money.of("1000.00"), Money.of("600.00"), Money.of("250.00"), Money.of("50.00"));
    when(ledger.findRound(ROUND)).thenReturn(Optional.of(new RoundBalance(ROUND, figures, 9)));

    RoundBalances balances = service.balances(ROUND);

    assertThat(balances)
        .isEqualTo(
            new RoundBalances(
                Money.of("1000.00"),
                Money.of("600.00"),
                Money.of("400.00"),
                Money.of("250.00"),
                Money.of("300.00"),
                Money.of("50.00")));
  }

  @Test
  void shouldReportZeroBalancesWhenRoundHasNoPotYet() {
    when(ledger.findRound(ROUND)).thenReturn(Optional.empty());

    assertThat(service.balances(ROUND).pot()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldAnswerNotFoundWhenRoundDoesNotExist() {
    assertThatThrownBy(() -> service.balances(4242L)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldRefuseAmountWhenNotPositive() {
    assertThatThrownBy(() -> service.commitAward(BID, Money.ZERO, OFFICER, "award-1"))
        .isInstanceOf(InvalidInputException.class);
    verifyNoInteractions(ledger);
  }
}
