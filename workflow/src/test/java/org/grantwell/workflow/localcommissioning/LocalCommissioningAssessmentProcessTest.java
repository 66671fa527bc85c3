package org.grantwell.workflow.localcommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_BID_DECLINED;
import static org.grantwell.workflow.model.LocalCommissioningIds.FUNDING_DECLINE;
import static org.grantwell.workflow.model.LocalCommissioningIds.FUNDING_FUND;
import static org.grantwell.workflow.model.LocalCommissioningIds.FUNDING_PART_FUND;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_ACCEPT_OFFER;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_ASSESS_BID;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_COMMIT_AWARD;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_COMPUTE_SCORES;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_DECIDE_FUNDING;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_MODERATE_SCORES;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_ASSESSORS;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_FUNDING_DECISION;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.grantwell.workflow.model.CandidateGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Parallel assessment, optional moderation and the panel's funding decision. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/localCommissioning.bpmn")
class LocalCommissioningAssessmentProcessTest {

  private DelegateMocks delegates;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(ProviderBidProcess.NOW));
    delegates = DelegateMocks.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** Starts before the multi-instance body, which creates one assessment per assessor. */
  private static ProcessInstance assessedBy(List<String> assessors) {
    return ProviderBidProcess.startBefore(
        TASK_ASSESS_BID + "#multiInstanceBody", Map.of(VAR_ASSESSORS, assessors));
  }

  private static ProcessInstance assessed() {
    ProcessInstance instance = assessedBy(ProviderBidProcess.ASSESSORS);
    ProviderBidProcess.openTasks(instance, TASK_ASSESS_BID).forEach(task -> complete(task));
    return instance;
  }

  private static void decide(ProcessInstance instance, String decision) {
    complete(task(TASK_DECIDE_FUNDING, instance), withVariables(VAR_FUNDING_DECISION, decision));
  }

  @Test
  void shouldCreateOneAssessmentTaskPerAssessorAssignedToThatAssessor() {
    List<String> assessors = List.of("assessor.ahmed", "assessor.brown", "assessor.clarke");

    ProcessInstance instance = assessedBy(assessors);

    List<Task> assessments = ProviderBidProcess.openTasks(instance, TASK_ASSESS_BID);
    assertThat(assessments)
        .extracting(Task::getTaskDefinitionKey, Task::getAssignee)
        .containsExactlyInAnyOrder(
            tuple(TASK_ASSESS_BID, "assessor.ahmed"),
            tuple(TASK_ASSESS_BID, "assessor.brown"),
            tuple(TASK_ASSESS_BID, "assessor.clarke"));
    assertThat(assessments)
        .allSatisfy(
            assessment ->
                assertThat(assessment).hasCandidateGroupAssociated(CandidateGroups.ASSESSOR));
  }

  @Test
  void shouldWaitForEveryAssessorBeforeComputingScores() throws Exception {
    ProcessInstance instance = assessedBy(ProviderBidProcess.ASSESSORS);
    List<Task> assessments = ProviderBidProcess.openTasks(instance, TASK_ASSESS_BID);

    complete(assessments.get(0));

    assertThat(instance).isWaitingAt(TASK_ASSESS_BID).hasNotPassed(TASK_COMPUTE_SCORES);
    assertThat(ProviderBidProcess.openTasks(instance, TASK_ASSESS_BID)).hasSize(1);
    verify(delegates.computeScores, never()).execute(any());
  }

  @Test
  void shouldCommitTheAwardWithoutModerationWhenTheScoresAgreeAndThePanelFunds()
      throws Exception {
    delegates.moderationNeeded(false);
    ProcessInstance instance = assessed();
    assertThat(instance).hasPassed(TASK_COMPUTE_SCORES).isWaitingAtExactly(TASK_DECIDE_FUNDING);
    assertThat(task(TASK_DECIDE_FUNDING, instance)).hasCandidateGroup(CandidateGroups.PANEL);

    decide(instance, FUNDING_FUND);

    assertThat(instance)
        .hasPassedInOrder(TASK_COMPUTE_SCORES, TASK_DECIDE_FUNDING, TASK_COMMIT_AWARD)
        .hasNotPassed(TASK_MODERATE_SCORES)
        .isWaitingAtExactly(TASK_ACCEPT_OFFER);
  }

  @Test
  void shouldAskThePanelToModerateBeforeDecidingWhenTheScoresDiverge() throws Exception {
    delegates.moderationNeeded(true);
    ProcessInstance instance = assessed();
    assertThat(instance).isWaitingAtExactly(TASK_MODERATE_SCORES);
    assertThat(task(TASK_MODERATE_SCORES, instance)).hasCandidateGroup(CandidateGroups.PANEL);

    complete(task(TASK_MODERATE_SCORES, instance));
    decide(instance, FUNDING_FUND);

    assertThat(instance)
        .hasPassedInOrder(TASK_COMPUTE_SCORES, TASK_MODERATE_SCORES, TASK_DECIDE_FUNDING)
        .isWaitingAtExactly(TASK_ACCEPT_OFFER);
  }

  @Test
  void shouldCommitAPartAwardWhenThePanelPartFunds() throws Exception {
    List<Object> decisions =
        DelegateMocks.recordVariable(delegates.commitAward, VAR_FUNDING_DECISION);
    delegates.moderationNeeded(false);
    ProcessInstance instance = assessed();

    decide(instance, FUNDING_PART_FUND);

    assertThat(instance).hasPassed(TASK_COMMIT_AWARD).isWaitingAtExactly(TASK_ACCEPT_OFFER);
    assertThat(decisions).containsExactly(FUNDING_PART_FUND);
  }

  @Test
  void shouldEndDeclinedWithoutCommittingWhenThePanelDeclines() throws Exception {
    delegates.moderationNeeded(false);
    ProcessInstance instance = assessed();

    decide(instance, FUNDING_DECLINE);

    assertThat(instance).hasPassed(END_BID_DECLINED).hasNotPassed(TASK_COMMIT_AWARD).isEnded();
    verify(delegates.commitAward, never()).execute(any());
  }
}
