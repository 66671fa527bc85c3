package org.grantwell.workflow.saferstreets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.SaferStreetsIds.BOUNDARY_WINDOW_CLOSED;
import static org.grantwell.workflow.model.SaferStreetsIds.END_BID_INELIGIBLE;
import static org.grantwell.workflow.model.SaferStreetsIds.END_BID_LATE;
import static org.grantwell.workflow.model.SaferStreetsIds.END_BID_SUBMITTED;
import static org.grantwell.workflow.model.SaferStreetsIds.GATEWAY_BID_ELIGIBLE;
import static org.grantwell.workflow.model.SaferStreetsIds.SIGN_OFF_APPROVED;
import static org.grantwell.workflow.model.SaferStreetsIds.SIGN_OFF_RETURNED;
import static org.grantwell.workflow.model.SaferStreetsIds.START_BID_STARTED;
import static org.grantwell.workflow.model.SaferStreetsIds.SUB_PREPARE_BID;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_ASSESS_BID;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_CHECK_ELIGIBILITY;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_DRAFT_BID;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_MARK_BID_LATE;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_SIGN_OFF_BID;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_SUBMIT_BID;
import static org.grantwell.workflow.model.SaferStreetsIds.VAR_ASSESSORS;
import static org.grantwell.workflow.model.SaferStreetsIds.VAR_SIGN_OFF_DECISION;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
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

/** Preparation (draft, sign-off, submission, the closing window) and the eligibility check. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/saferStreetsBid.bpmn")
class SaferStreetsBidProcessTest {

  private DelegateMocks delegates;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(java.util.Date.from(BidProcess.NOW));
    delegates = DelegateMocks.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private static void signOff(ProcessInstance instance, String decision) {
    complete(task(TASK_SIGN_OFF_BID, instance), withVariables(VAR_SIGN_OFF_DECISION, decision));
  }

  @Test
  void shouldOfferTheDraftToBiddersAndArmTheWindowTimerWhenTheBidStarts() {
    ProcessInstance instance = BidProcess.start();

    assertThat(instance)
        .hasPassed(START_BID_STARTED)
        .isWaitingAtExactly(SUB_PREPARE_BID, TASK_DRAFT_BID);
    assertThat(task(TASK_DRAFT_BID, instance)).hasCandidateGroup(CandidateGroups.PCC_BIDDER);
    assertThat(job(BOUNDARY_WINDOW_CLOSED, instance))
        .hasDueDate(BidProcess.at(BidProcess.ROUND_CLOSES_AT));
  }

  @Test
  void shouldReturnTheBidToDraftingWhenSignOffReturnsItAndSubmitItOnceApproved() throws Exception {
    delegates.eligible(true);
    ProcessInstance instance = BidProcess.start();
    complete(task(TASK_DRAFT_BID, instance));
    assertThat(task(TASK_SIGN_OFF_BID, instance))
        .hasCandidateGroup(CandidateGroups.PCC_SIGNOFF)
        .hasCandidateGroup(CandidateGroups.FINANCE_LEAD);

    signOff(instance, SIGN_OFF_RETURNED);
    assertThat(instance).isWaitingAtExactly(SUB_PREPARE_BID, TASK_DRAFT_BID);

    complete(task(TASK_DRAFT_BID, instance));
    signOff(instance, SIGN_OFF_APPROVED);
    assertThat(instance).isWaitingAtExactly(SUB_PREPARE_BID, TASK_SUBMIT_BID);
    assertThat(task(TASK_SUBMIT_BID, instance)).hasCandidateGroup(CandidateGroups.PCC_BIDDER);

    complete(task(TASK_SUBMIT_BID, instance), withVariables(VAR_ASSESSORS, List.of("assessor.a")));
    assertThat(instance)
        .hasPassedInOrder(TASK_DRAFT_BID, TASK_SIGN_OFF_BID, TASK_DRAFT_BID, TASK_SIGN_OFF_BID)
        .hasPassed(END_BID_SUBMITTED, TASK_CHECK_ELIGIBILITY)
        .isWaitingAt(TASK_ASSESS_BID);
    verify(delegates.checkEligibility, times(1)).execute(any());
  }

  @Test
  void shouldMarkTheBidLateWhenTheWindowClosesDuringSignOff() throws Exception {
    ProcessInstance instance = BidProcess.start();
    complete(task(TASK_DRAFT_BID, instance));
    assertThat(instance).isWaitingAtExactly(SUB_PREPARE_BID, TASK_SIGN_OFF_BID);

    execute(job(BOUNDARY_WINDOW_CLOSED, instance));

    assertThat(instance)
        .hasPassed(TASK_MARK_BID_LATE, END_BID_LATE)
        .hasNotPassed(TASK_SUBMIT_BID)
        .isEnded();
    verify(delegates.markBidLate, times(1)).execute(any());
    verifyNoInteractions(delegates.checkEligibility);
  }

  @Test
  void shouldMarkTheBidLateWhenTheWindowClosesBeforeSubmission() throws Exception {
    ProcessInstance instance = BidProcess.startBefore(TASK_SUBMIT_BID);

    execute(job(BOUNDARY_WINDOW_CLOSED, instance));

    assertThat(instance).hasPassed(END_BID_LATE).hasNotPassed(END_BID_SUBMITTED).isEnded();
    verify(delegates.markBidLate, times(1)).execute(any());
  }

  @Test
  void shouldEndIneligibleWhenTheEligibilityCheckRejectsTheBid() throws Exception {
    delegates.eligible(false);
    ProcessInstance instance = BidProcess.startBefore(TASK_SUBMIT_BID);

    complete(task(TASK_SUBMIT_BID, instance));

    assertThat(instance)
        .hasPassed(
            END_BID_SUBMITTED, TASK_CHECK_ELIGIBILITY, GATEWAY_BID_ELIGIBLE, END_BID_INELIGIBLE)
        .hasNotPassed(TASK_ASSESS_BID)
        .isEnded();
    verify(delegates.markBidLate, never()).execute(any());
  }

  @Test
  void shouldStayAtSubmissionWhenTheEligibilityCheckFails() throws Exception {
    doThrow(new IllegalStateException("rules unavailable"))
        .when(delegates.checkEligibility)
        .execute(any());
    ProcessInstance instance = BidProcess.startBefore(TASK_SUBMIT_BID);

    assertThatThrownBy(() -> complete(task(TASK_SUBMIT_BID, instance)))
        .hasMessage("rules unavailable");

    assertThat(instance).isWaitingAtExactly(SUB_PREPARE_BID, TASK_SUBMIT_BID);
  }

  @Test
  void shouldKeepSignOffOpenWhenCompletedWithoutADecision() {
    ProcessInstance instance = BidProcess.startBefore(TASK_SIGN_OFF_BID);

    assertThatThrownBy(() -> complete(task(TASK_SIGN_OFF_BID, instance)))
        .hasMessageContaining(VAR_SIGN_OFF_DECISION);

    assertThat(instance).isWaitingAtExactly(SUB_PREPARE_BID, TASK_SIGN_OFF_BID);
  }
}
