package org.grantwell.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.grantwell.workflow.round.RoundService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JPA write and the process start it causes commit or roll back together: the engine joins the
 * container's JTA transaction on the application's data source. Runs inside Payara on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowTransactionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(
        WorkflowTransactionIT.class, RoundOpeningThatFails.class, TestRounds.class);
  }

  @Inject private RoundService rounds;
  @Inject private RoundOpeningThatFails failingUseCase;
  @Inject private RuntimeService runtimeService;
  @Inject private HistoryService historyService;

  @Test
  void shouldLeaveNeitherTheRoundNorItsProcessWhenTheTransactionFails() {
    String reference = TestRounds.uniqueReference("ROLLBACK");

    assertThrows(RuntimeException.class, () -> failingUseCase.openThenFail(reference));

    assertTrue(rounds.findByReference(reference).isEmpty(), "round row rolled back");
    assertEquals(
        0,
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count(),
        "no running process instance");
    assertEquals(
        0,
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(reference)
            .count(),
        "no process instance in the history either");
  }

  @Test
  void shouldKeepBothTheRoundAndItsProcessWhenTheTransactionCommits() {
    String reference = TestRounds.uniqueReference("COMMIT");

    rounds.openRound("system", TestRounds.saferStreets(reference, Instant.now().plus(30, ChronoUnit.DAYS)));

    assertTrue(rounds.findByReference(reference).isPresent());
    assertEquals(
        1, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count());
  }
}
