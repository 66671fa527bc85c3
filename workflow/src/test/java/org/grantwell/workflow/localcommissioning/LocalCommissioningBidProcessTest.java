package org.grantwell.workflow.localcommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.grantwell.workflow.model.LocalCommissioningIds.BOUNDARY_WINDOW_CLOSED;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_BID_INELIGIBLE;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_BID_LATE;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_BID_SUBMITTED;
import static org.grantwell.workflow.model.LocalCommissioningIds.SUB_PREPARE_BID;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_ASSESS_BID;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_CHECK_ELIGIBILITY;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_DRAFT_BID;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_MARK_BID_LATE;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_SUBMIT_BID;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.grantwell.workflow.model.CandidateGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Preparation against the round's closing time, and the eligibility check. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/localCommissioning.bpmn")
class LocalCommissioningBidProcessTest {

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

  private static void draftAndSubmit(ProcessInstance instance) {
    complete(task(TASK_DRAFT_BID, instance));
    complete(task(TASK_SUBMIT_BID, instance));
  }

  @Test
  void shouldAskTheProviderToDraftTheBidUntilTheRoundCloses() {
    ProcessInstance instance = ProviderBidProcess.start();

    assertThat(instance)
        .hasBusinessKey(ProviderBidProcess.REFERENCE)
        .isWaitingAtExactly(SUB_PREPARE_BID, TASK_DRAFT_BID);
    assertThat(task(TASK_DRAFT_BID, instance)).hasCandidateGroup(CandidateGroups.PROVIDER_BIDDER);
    assertThat(job(BOUNDARY_WINDOW_CLOSED, instance))
        .hasDueDate(ProviderBidProcess.at(ProviderBidProcess.ROUND_CLOSES_AT));
  }

  @Test
  void shouldCheckEligibilityAndDropTheClosingTimerWhenTheBidIsSubmittedInTime()
      throws Exception {
    delegates.eligible(true);
    ProcessInstance instance = ProviderBidProcess.start();

    complete(task(TASK_DRAFT_BID, instance));
    assertThat(task(TASK_SUBMIT_BID, instance))
        .hasCandidateGroup(CandidateGroups.PROVIDER_BIDDER);
    complete(task(TASK_SUBMIT_BID, instance));

    assertThat(instance)
        .hasPassedInOrder(
            TASK_DRAFT_BID, TASK_SUBMIT_BID, END_BID_SUBMITTED, TASK_CHECK_ELIGIBILITY)
        .isWaitingAt(TASK_ASSESS_BID);
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
    verify(delegates.checkEligibility).execute(any());
    verify(delegates.markBidLate, never()).execute(any());
  }

  @Test
  void shouldMarkTheBidLateWhenTheRoundClosesBeforeSubmission() throws Exception {
    ProcessInstance instance = ProviderBidProcess.start();
    complete(task(TASK_DRAFT_BID, instance));

    ClockUtil.setCurrentTime(ProviderBidProcess.at(ProviderBidProcess.ROUND_CLOSES_AT));
    execute(job(BOUNDARY_WINDOW_CLOSED, instance));

    assertThat(instance)
        .hasPassedInOrder(BOUNDARY_WINDOW_CLOSED, TASK_MARK_BID_LATE, END_BID_LATE)
        .hasNotPassed(END_BID_SUBMITTED, TASK_CHECK_ELIGIBILITY)
        .isEnded();
    verify(delegates.markBidLate).execute(any());
    verify(delegates.checkEligibility, never()).execute(any());
  }

  @Test
  void shouldEndIneligibleWithoutAssessmentWhenTheEligibilityCheckFails() throws Exception {
    delegates.eligible(false);
    ProcessInstance instance = ProviderBidProcess.start();

    draftAndSubmit(instance);

    assertThat(instance)
        .hasPassed(TASK_CHECK_ELIGIBILITY, END_BID_INELIGIBLE)
        .hasNotPassed(TASK_ASSESS_BID)
        .isEnded();
  }

  @Test
  void shouldStayAtSubmissionWhenTheEligibilityCheckBreaks() throws Exception {
    ProcessInstance instance = ProviderBidProcess.start();
    complete(task(TASK_DRAFT_BID, instance));
    doThrow(new IllegalStateException("rules engine down"))
        .when(delegates.checkEligibility)
        .execute(any());

    assertThatThrownBy(() -> complete(task(TASK_SUBMIT_BID, instance)))
        .hasMessage("rules engine down");

    assertThat(instance).isWaitingAtExactly(SUB_PREPARE_BID, TASK_SUBMIT_BID);
  }
}
