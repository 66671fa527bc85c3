package org.grantwell.workflow.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.grantwell.workflow.model.SaferStreetsIds.BEAN_MARK_BID_LATE;
import static org.grantwell.workflow.model.SaferStreetsIds.BOUNDARY_WINDOW_CLOSED;
import static org.grantwell.workflow.model.SaferStreetsIds.END_BID_LATE;
import static org.grantwell.workflow.model.SaferStreetsIds.GATEWAY_SIGNED_OFF;
import static org.grantwell.workflow.model.SaferStreetsIds.PROCESS_KEY;
import static org.grantwell.workflow.model.SaferStreetsIds.START_BID_STARTED;
import static org.grantwell.workflow.model.SaferStreetsIds.START_PREPARATION_STARTED;
import static org.grantwell.workflow.model.SaferStreetsIds.SUB_PREPARE_BID;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_DRAFT_BID;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_MARK_BID_LATE;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_SIGN_OFF_BID;
import static org.grantwell.workflow.model.SaferStreetsIds.VAR_BID_ID;
import static org.grantwell.workflow.model.SaferStreetsIds.VAR_ROUND_CLOSES_AT;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading a Safer Streets instance back from the in-memory engine's history. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/saferStreetsBid.bpmn")
class HistoryEngineProcessTest {

  private static final String REFERENCE = "SSF-2026-0042";
  private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");
  private static final Instant DRAFTED = NOW.plusSeconds(3600);

  private EngineHistory engine;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    Mocks.register(BEAN_MARK_BID_LATE, mock(JavaDelegate.class));
    engine = new EngineHistory(historyService(), repositoryService(), runtimeService());
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** Starts the bid's process and has alice draft it an hour later; it then waits for sign-off. */
  private static ProcessInstance draftedByAlice() {
    ProcessInstance instance =
        runtimeService()
            .startProcessInstanceByKey(
                PROCESS_KEY, REFERENCE, Map.of(VAR_BID_ID, 1042L, VAR_ROUND_CLOSES_AT, "2026-06-01T16:00:00Z"));
    String draft = task(TASK_DRAFT_BID, instance).getId();
    taskService().claim(draft, "alice");
    ClockUtil.setCurrentTime(Date.from(DRAFTED));
    taskService().complete(draft);
    return instance;
  }

  @Test
  void shouldFindNoDiagramWhenTheBidHasNoProcess() {
    assertThat(engine.diagram(REFERENCE)).isEmpty();
    assertThat(engine.activities(REFERENCE)).isEmpty();
  }

  @Test
  void shouldMarkTheWaitingTaskActiveAndThePassedOnesCompletedWhenTheInstanceRuns() {
    ProcessInstance instance = draftedByAlice();

    DiagramView diagram = engine.diagram(REFERENCE).orElseThrow();

    assertThat(diagram.processKey()).isEqualTo(PROCESS_KEY);
    assertThat(diagram.processInstanceId()).isEqualTo(instance.getId());
    assertThat(diagram.ended()).isFalse();
    assertThat(diagram.bpmnXml()).contains("id=\"" + TASK_SIGN_OFF_BID + "\"");
    assertThat(diagram.activeActivityIds()).contains(TASK_SIGN_OFF_BID).doesNotContain(TASK_DRAFT_BID);
    assertThat(diagram.completedActivityIds())
        .containsExactly(START_BID_STARTED, START_PREPARATION_STARTED, TASK_DRAFT_BID);
  }

  @Test
  void shouldListReachedEndEventsAndNoActiveIdsWhenTheInstanceEnded() {
    ProcessInstance instance = draftedByAlice();
    execute(job(BOUNDARY_WINDOW_CLOSED, instance));

    DiagramView diagram = engine.diagram(REFERENCE).orElseThrow();

    assertThat(diagram.ended()).isTrue();
    assertThat(diagram.activeActivityIds()).isEmpty();
    assertThat(diagram.completedActivityIds())
        .contains(TASK_DRAFT_BID, BOUNDARY_WINDOW_CLOSED, TASK_MARK_BID_LATE, END_BID_LATE)
        .doesNotContain(TASK_SIGN_OFF_BID, SUB_PREPARE_BID);
  }

  @Test
  void shouldJoinTheAssigneesAuditEntriesToTheDraftTaskWhenMergedWithTheEnginesHistory() {
    draftedByAlice();
    AuditRecord sent = new AuditRecord("alice", DRAFTED.plusSeconds(1), "SENT_FOR_SIGN_OFF", null, "{}");
    AuditRecord created = new AuditRecord("alice", NOW.minusSeconds(60), "CREATED", null, "{}");

    List<HistoryStep> steps = HistoryTimeline.merge(engine.activities(REFERENCE), List.of(created, sent));

    assertThat(steps)
        .extracting(HistoryStep::activityId)
        .containsExactly(null, START_BID_STARTED, SUB_PREPARE_BID, TASK_DRAFT_BID, TASK_SIGN_OFF_BID)
        .doesNotContain(START_PREPARATION_STARTED, GATEWAY_SIGNED_OFF);
    HistoryStep draft = steps.get(3);
    assertThat(draft.user()).isEqualTo("alice");
    assertThat(draft.startedAt()).isEqualTo(NOW);
    assertThat(draft.endedAt()).isEqualTo(DRAFTED);
    assertThat(draft.outcome()).isEqualTo("SENT_FOR_SIGN_OFF");
    assertThat(draft.audit()).containsExactly(sent);
    assertThat(steps.get(4).endedAt()).isNull();
  }
}
