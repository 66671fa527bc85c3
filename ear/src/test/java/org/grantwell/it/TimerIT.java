package org.grantwell.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.HistoryService;
import org.grantwell.workflow.round.RoundService;
import org.grantwell.workflow.round.RoundView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job executor fires timers in the server: a round closing two seconds from now has its close
 * recorded by the roundWindow process's timer, through the CDI delegate, on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class TimerIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(TimerIT.class, TestRounds.class);
  }

  @Inject private RoundService rounds;
  @Inject private HistoryService historyService;

  @Test
  void shouldRecordTheRoundClosedWhenItsClosingTimeComes() throws InterruptedException {
    String reference = TestRounds.uniqueReference("TIMER");
    Instant closesAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
    rounds.openRound("system", TestRounds.saferStreets(reference, closesAt));
    assertNull(rounds.findByReference(reference).orElseThrow().windowClosedAt());

    RoundView round = awaitClosed(reference);

    assertNotNull(round.windowClosedAt(), "the timer fired within " + PATIENCE);
    assertEquals(
        1,
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(reference)
            .completed()
            .count(),
        "the round's process ended after the timer");
  }

  private RoundView awaitClosed(String reference) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    RoundView round = rounds.findByReference(reference).orElseThrow();
    while (round.windowClosedAt() == null && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      round = rounds.findByReference(reference).orElseThrow();
    }
    return round;
  }
}
