package org.grantwell.workflow.saferstreets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.SaferStreetsIds.END_BID_DECLINED;
import static org.grantwell.workflow.model.SaferStreetsIds.FUNDING_DECLINE;
import static org.grantwell.workflow.model.SaferStreetsIds.FUNDING_FUND;
import static org.grantwell.workflow.model.SaferStreetsIds.FUNDING_PART_FUND;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_ACCEPT_OFFER;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_ASSESS_BID;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_COMMIT_AWARD;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_COMPUTE_SCORES;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_DECIDE_FUNDING;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_MODERATE_SCORES;
import static org.grantwell.workflow.model.SaferStreetsIds.VAR_ASSESSORS;
import static org.grantwell.workflow.model.SaferStreetsIds.VAR_FUNDING_DECISION;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
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

/** Assessment by several assessors, optional moderation and the panel's funding decision. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/saferStreetsBid.bpmn")
class SaferStreetsAssessmentProcessTest {

  private static final List<String> TWO_ASSESSORS = List.of("assessor.ahmed", "assessor.brown");

  private DelegateMocks delegates;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(BidProcess.NOW));
    delegates = DelegateMocks.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** Starts before the multi-instance body, which creates one assessment per assessor. */
  private static ProcessInstance assessedBy(List<String> assessors) {
    return BidProcess.startBefore(
        TASK_ASSESS_BID + "#multiInstanceBody", Map.of(VAR_ASSESSORS, assessors));
  }

  private static void completeAssessments(ProcessInstance instance) {
    BidProcess.openTasks(instance, TASK_ASSESS_BID).forEach(assessment -> complete(assessment));
  }

  private static void decide(ProcessInstance instance, String decision) {
    complete(task(TASK_DECIDE_FUNDING, instance), withVariables(VAR_FUNDING_DECISION, decision));
  }

  @Test
  void shouldCreateOneAssessmentTaskPerAssessorAssignedToThatAssessor() {
    List<String> assessors = List.of("assessor.ahmed", "assessor.brown", "assessor.clarke");

    ProcessInstance instance = assessedBy(assessors);

    List<Task> assessments = BidProcess.openTasks(instance, TASK_ASSESS_BID);
    assertThat(assessments)
        .extracting(Task::getTaskDefinitionKey, Task::getAssignee)
        .containsExactlyInAnyOrder(
            tuple(TASK_ASSESS_BID, "assessor.ahmed"),
            tuple(TASK_ASSESS_BID, "assessor.brown"),
            tuple(TASK_ASSESS_BID, "assessor.clarke"));
    assessments.forEach(
        assessment -> assertThat(assessment).hasCandidateGroupAssociated(CandidateGroups.ASSESSOR));
  }

  @Test
  void shouldComputeScoresOnlyWhenEveryAssessorHasFinished() throws Exception {
    delegates.moderationNeeded(false);
    ProcessInstance instance = assessedBy(TWO_ASSESSORS);

    complete(task(taskQuery().taskAssignee("assessor.ahmed"), instance));

    assertThat(task(TASK_ASSESS_BID, instance)).isAssignedTo("assessor.brown");
    assertThat(instance).hasNotPassed(TASK_COMPUTE_SCORES);
    verify(delegates.computeScores, never()).execute(any());
  }

  @Test
  void shouldFundWithoutModerationWhenTwoAssessorsAgree() throws Exception {
    delegates.moderationNeeded(false);
    ProcessInstance instance = assessedBy(TWO_ASSESSORS);

    completeAssessments(instance);
    assertThat(instance).isWaitingAtExactly(TASK_DECIDE_FUNDING);
    assertThat(task(TASK_DECIDE_FUNDING, instance)).hasCandidateGroup(CandidateGroups.PANEL);
    decide(instance, FUNDING_FUND);

    assertThat(instance)
        .hasPassedInOrder(
            TASK_ASSESS_BID, TASK_COMPUTE_SCORES, TASK_DECIDE_FUNDING, TASK_COMMIT_AWARD)
        .hasNotPassed(TASK_MODERATE_SCORES)
        .isWaitingAtExactly(TASK_ACCEPT_OFFER);
    verify(delegates.computeScores, times(1)).execute(any());
    verify(delegates.commitAward, times(1)).execute(any());
  }

  @Test
  void shouldModerateTheScoresBeforeTheDecisionWhenAssessorsDisagree() throws Exception {
    delegates.moderationNeeded(true);
    ProcessInstance instance = assessedBy(TWO_ASSESSORS);

    completeAssessments(instance);
    assertThat(instance).isWaitingAtExactly(TASK_MODERATE_SCORES);
    assertThat(task(TASK_MODERATE_SCORES, instance)).hasCandidateGroup(CandidateGroups.PANEL);
    complete(task(TASK_MODERATE_SCORES, instance));
    decide(instance, FUNDING_FUND);

    assertThat(instance)
        .hasPassedInOrder(
            TASK_COMPUTE_SCORES, TASK_MODERATE_SCORES, TASK_DECIDE_FUNDING, TASK_COMMIT_AWARD)
        .isWaitingAtExactly(TASK_ACCEPT_OFFER);
  }

  @Test
  void shouldCommitTheAwardWhenThePanelPartFunds() throws Exception {
    ProcessInstance instance = BidProcess.startBefore(TASK_DECIDE_FUNDING);

    decide(instance, FUNDING_PART_FUND);

    assertThat(instance).hasPassed(TASK_COMMIT_AWARD).isWaitingAtExactly(TASK_ACCEPT_OFFER);
    assertThat(instance).variables().containsEntry(VAR_FUNDING_DECISION, FUNDING_PART_FUND);
    verify(delegates.commitAward, times(1)).execute(any());
  }

  @Test
  void shouldEndDeclinedWithoutAnAwardWhenThePanelDeclines() throws Exception {
    ProcessInstance instance = BidProcess.startBefore(TASK_DECIDE_FUNDING);

    decide(instance, FUNDING_DECLINE);

    assertThat(instance).hasPassed(END_BID_DECLINED).hasNotPassed(TASK_COMMIT_AWARD).isEnded();
    verify(delegates.commitAward, never()).execute(any());
  }

  @Test
  void shouldKeepTheDecisionOpenWhenTheOutcomeIsUnknown() throws Exception {
    ProcessInstance instance = BidProcess.startBefore(TASK_DECIDE_FUNDING);

    assertThatThrownBy(() -> decide(instance, "MAYBE"))
        .hasMessageContaining("Gateway_FundingDecision");

    assertThat(instance).isWaitingAtExactly(TASK_DECIDE_FUNDING);
    verify(delegates.commitAward, never()).execute(any());
  }
}
