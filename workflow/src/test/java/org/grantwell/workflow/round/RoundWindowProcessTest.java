package org.grantwell.workflow.round;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.grantwell.workflow.model.ProcessKeys;
import org.grantwell.workflow.model.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/roundWindow.bpmn")
class RoundWindowProcessTest {

  private JavaDelegate recordWindowClosed;

  @BeforeEach
  void registerDelegates() {
    recordWindowClosed = mock(JavaDelegate.class);
    Mocks.register("recordWindowClosedDelegate", recordWindowClosed);
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  private ProcessInstance openRound() {
    return runtimeService()
        .startProcessInstanceByKey(
            ProcessKeys.ROUND_WINDOW,
            "SSF-TEST-1",
            Map.of(ProcessVariables.ROUND_ID, 42L, ProcessVariables.CLOSES_AT, "2030-07-15T22:59:00Z"));
  }

  @Test
  void shouldWaitForTheClosingTimeWhenTheRoundOpens() throws Exception {
    ProcessInstance instance = openRound();

    assertThat(instance).isWaitingAt("TimerEvent_WindowCloses");
    assertThat(job(instance)).hasDueDate(java.util.Date.from(java.time.Instant.parse("2030-07-15T22:59:00Z")));
    verify(recordWindowClosed, never()).execute(any());
  }

  @Test
  void shouldRecordTheCloseWhenTheTimerFires() throws Exception {
    ProcessInstance instance = openRound();

    execute(job(instance));

    assertThat(instance).hasPassed("Task_RecordWindowClosed").isEnded();
    assertThat(instance).hasPassed("EndEvent_WindowClosed");
    verify(recordWindowClosed).execute(any(DelegateExecution.class));
  }

  @Test
  void shouldStayAtTheTimerWhenRecordingTheCloseFails() throws Exception {
    ProcessInstance instance = openRound();
    doThrow(new IllegalStateException("database down")).when(recordWindowClosed).execute(any());

    assertThatThrownBy(() -> execute(job(instance))).hasMessage("database down");

    assertThat(instance).isWaitingAt("TimerEvent_WindowCloses");
  }
}
