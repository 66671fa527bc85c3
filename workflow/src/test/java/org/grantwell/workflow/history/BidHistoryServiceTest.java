package org.grantwell.workflow.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.grantwell.db.audit.AuditEntry;
import org.grantwell.db.audit.AuditRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.round.FundingRound;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

/** Finding the bid and its audit entries; the engine side is covered by {@code HistoryEngineProcessTest}. */
class BidHistoryServiceTest {

  private static final long BID_ID = 1000L;
  private static final String REFERENCE = "GW-1000";
  private static final Caller LEAD_BIDDER =
      new Caller("bidder.avon", 7L, 1L, "PCC_OFFICE", "avon-and-somerset", Set.of(CandidateGroups.PCC_BIDDER));
  private static final Caller OTHER_AREA_BIDDER =
      new Caller("bidder.kent", 8L, 20L, "PCC_OFFICE", "kent", Set.of(CandidateGroups.PCC_BIDDER));

  @Mock private HistoryService history;
  @Mock private RepositoryService repository;
  @Mock private RuntimeService runtime;
  @Mock private BidRepository bids;
  @Mock private AuditRepository audit;
  @InjectMocks private BidHistoryService service;

  private AutoCloseable mocks;

  @BeforeEach
  void setUp() {
    mocks = MockitoAnnotations.openMocks(this);
    Bid bid = mock(Bid.class);
    when(bid.getReference()).thenReturn(REFERENCE);
    Organisation lead = organisation(1L);
    when(bid.getLeadOrganisation()).thenReturn(lead);
    when(bid.getPccOffice()).thenReturn(lead);
    FundingRound round = mock(FundingRound.class);
    Organisation funder = organisation(101L);
    when(round.getFunder()).thenReturn(funder);
    when(bid.getRound()).thenReturn(round);
    when(bids.find(BID_ID)).thenReturn(Optional.of(bid));
    when(bids.find(999L)).thenReturn(Optional.empty());
    when(history.createHistoricProcessInstanceQuery()).thenReturn(mock(HistoricProcessInstanceQuery.class, RETURNS_SELF));
  }

  @AfterEach
  void tearDown() throws Exception {
    mocks.close();
  }

  private static Organisation organisation(long id) {
    Organisation organisation = mock(Organisation.class);
    when(organisation.getId()).thenReturn(id);
    return organisation;
  }

  @Test
  void shouldAnswerNotFoundWhenTheBidIsMissing() {
    assertThatThrownBy(() -> service.history(LEAD_BIDDER, 999L))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("There is no bid 999");
  }

  @Test
  void shouldAnswerNotFoundWhenTheCallerMayNotReadTheBid() {
    assertThatThrownBy(() -> service.diagram(OTHER_AREA_BIDDER, BID_ID))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("There is no bid " + BID_ID);
  }

  @Test
  void shouldAnswerNotFoundForTheDiagramWhenTheBidHasNoProcessYet() {
    assertThatThrownBy(() -> service.diagram(LEAD_BIDDER, BID_ID))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Bid " + REFERENCE + " has no process yet");
  }

  @Test
  void shouldShowOnlyTheAuditEntriesWhenTheBidHasNoProcessYet() {
    AuditEntry created = mock(AuditEntry.class);
    when(created.getActor()).thenReturn("bidder.avon");
    when(created.getOccurredAt()).thenReturn(Instant.parse("2026-05-01T09:30:00Z"));
    when(created.getAction()).thenReturn("CREATED");
    when(created.getNewValue()).thenReturn("{\"status\":\"DRAFT\"}");
    when(audit.findByEntity("BID", REFERENCE)).thenReturn(List.of(created));

    List<HistoryStep> steps = service.history(LEAD_BIDDER, BID_ID);

    assertThat(steps).singleElement().satisfies(step -> {
      assertThat(step.kind()).isEqualTo(HistoryStep.AUDIT);
      assertThat(step.user()).isEqualTo("bidder.avon");
      assertThat(step.audit()).containsExactly(
          new AuditRecord("bidder.avon", Instant.parse("2026-05-01T09:30:00Z"), "CREATED", null, "{\"status\":\"DRAFT\"}"));
    });
  }
}
