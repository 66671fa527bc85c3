package org.grantwell.workflow.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.delivery.MonitoringReturn;
import org.grantwell.db.delivery.MonitoringReturnRepository;
import org.grantwell.db.delivery.ReturnStatus;
import org.grantwell.db.delivery.SpendLine;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

/** Segregation of duties at return verification: whoever filed a return never verifies it. */
class VerifyReturnHandlerTest {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  @Mock private MonitoringReturnRepository returns;
  @Mock private AuditTrail audit;
  @InjectMocks private VerifyReturnHandler handler;

  private AutoCloseable mocks;
  private Bid bid;

  @BeforeEach
  void setUp() {
    mocks = MockitoAnnotations.openMocks(this);
    bid = mock(Bid.class);
    when(bid.getReference()).thenReturn("GW-1");
    MonitoringReturn filed = new MonitoringReturn(bid, new FinancialYear(2026).quarter(2), false, "Stewards in post",
        List.of(new SpendLine("STAFF", false, Money.ofPounds(90_000))), List.of(), "dual.role", NOW);
    when(returns.findByBid(bid)).thenReturn(List.of(filed));
  }

  @AfterEach
  void tearDown() throws Exception {
    mocks.close();
  }

  @Test
  void shouldRefuseTheVerificationOfTheOneWhoFiledTheReturn() {
    assertThatThrownBy(() -> handler.complete(context("dual.role"), new FormReader(Map.of("verified", true))))
        .isInstanceOf(ForbiddenActionException.class)
        .hasMessage("You filed this return, so someone else verifies it");
    assertThat(returns.findByBid(bid).get(0).getStatus()).as("still waiting").isEqualTo(ReturnStatus.SUBMITTED);
    verify(audit, never()).record(anyString(), anyString(), anyString(), anyString(), any(), any());
  }

  @Test
  void shouldLetSomeoneElseVerifyIt() {
    TaskOutcome outcome = handler.complete(context("officer.ho"), new FormReader(Map.of("verified", true)));

    assertThat(outcome.complete()).isTrue();
    assertThat(returns.findByBid(bid).get(0).getStatus()).isEqualTo(ReturnStatus.VERIFIED);
    verify(audit).record(eq("officer.ho"), eq("BID"), eq("GW-1"), eq("RETURN_VERIFIED"), any(), any());
  }

  private TaskContext context(String username) {
    Caller caller = new Caller(username, 1L, 101L, "FUNDER", null, Set.of(CandidateGroups.GRANT_OFFICER));
    return new TaskContext(caller, "task-1", "Task_VerifyReturn", "saferStreetsBid", "pi-1", "ex-1", bid, NOW);
  }
}
