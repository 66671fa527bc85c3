package org.grantwell.workflow.saferstreets;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.SaferStreetsIds.BOUNDARY_RETURN_OVERDUE;
import static org.grantwell.workflow.model.SaferStreetsIds.END_AWARD_CLOSED;
import static org.grantwell.workflow.model.SaferStreetsIds.END_DELIVERY_COMPLETED;
import static org.grantwell.workflow.model.SaferStreetsIds.SUB_DELIVERY;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_CHASE_OVERDUE_RETURN;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_CLOSE_AWARD;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_PAY_CLAIM;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_SCHEDULE_NEXT_RETURN;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_SUBMIT_FINAL_RETURN;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_SUBMIT_MONITORING_RETURN;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_VERIFY_RETURN;
import static org.grantwell.workflow.model.SaferStreetsIds.TIMER_QUARTER_END;
import static org.grantwell.workflow.model.SaferStreetsIds.VAR_RETURN_VERIFIED;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
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

/** Delivery: quarterly returns, their verification and claims, overdue returns, and closure. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/saferStreetsBid.bpmn")
class SaferStreetsDeliveryProcessTest {

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

  private static void verifyReturn(ProcessInstance instance, boolean verified) {
    complete(task(TASK_VERIFY_RETURN, instance), withVariables(VAR_RETURN_VERIFIED, verified));
  }

  @Test
  void shouldWaitForTheQuarterEndThenAskForTheMonitoringReturn() throws Exception {
    delegates.quarters(BidProcess.FIRST_QUARTER_END);
    ProcessInstance instance = BidProcess.startBefore(TASK_SCHEDULE_NEXT_RETURN);
    assertThat(instance).isWaitingAtExactly(SUB_DELIVERY, TIMER_QUARTER_END);
    assertThat(job(TIMER_QUARTER_END, instance))
        .hasDueDate(BidProcess.at(BidProcess.FIRST_QUARTER_END));

    ClockUtil.setCurrentTime(BidProcess.at(BidProcess.FIRST_QUARTER_END));
    execute(job(TIMER_QUARTER_END, instance));

    assertThat(instance).isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_MONITORING_RETURN);
    assertThat(task(TASK_SUBMIT_MONITORING_RETURN, instance))
        .hasCandidateGroup(CandidateGroups.PCC_BIDDER);
    assertThat(job(BOUNDARY_RETURN_OVERDUE, instance))
        .hasDueDate(BidProcess.daysAfter(BidProcess.FIRST_QUARTER_END, 30));
  }

  @Test
  void shouldPayTheClaimWhenTheQuartersReturnIsVerified() throws Exception {
    delegates.quarters(BidProcess.FIRST_QUARTER_END);
    ProcessInstance instance = BidProcess.startBefore(TASK_SCHEDULE_NEXT_RETURN);
    execute(job(TIMER_QUARTER_END, instance));

    complete(task(TASK_SUBMIT_MONITORING_RETURN, instance));
    assertThat(task(TASK_VERIFY_RETURN, instance)).hasCandidateGroup(CandidateGroups.GRANT_OFFICER);
    verifyReturn(instance, true);

    assertThat(instance)
        .hasPassedInOrder(TASK_SUBMIT_MONITORING_RETURN, TASK_VERIFY_RETURN, TASK_PAY_CLAIM)
        .hasPassed(END_DELIVERY_COMPLETED)
        .isWaitingAtExactly(TASK_SUBMIT_FINAL_RETURN);
    verify(delegates.payClaim, times(1)).execute(any());
    verify(delegates.scheduleNextReturn, times(2)).execute(any());
  }

  @Test
  void shouldSendTheReturnBackToTheBidderWhenVerificationRejectsIt() throws Exception {
    delegates.quarters(BidProcess.FIRST_QUARTER_END);
    ProcessInstance instance = BidProcess.startBefore(TASK_SUBMIT_MONITORING_RETURN);
    complete(task(TASK_SUBMIT_MONITORING_RETURN, instance));

    verifyReturn(instance, false);
    assertThat(instance).isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_MONITORING_RETURN);
    verify(delegates.payClaim, never()).execute(any());

    complete(task(TASK_SUBMIT_MONITORING_RETURN, instance));
    verifyReturn(instance, true);

    assertThat(instance)
        .hasPassed(TASK_PAY_CLAIM, TASK_SCHEDULE_NEXT_RETURN)
        .isWaitingAt(TIMER_QUARTER_END);
    verify(delegates.payClaim, times(1)).execute(any());
  }

  @Test
  void shouldAskForTheNextQuartersReturnAfterPayingAClaim() throws Exception {
    delegates.quarters(BidProcess.FIRST_QUARTER_END, BidProcess.SECOND_QUARTER_END);
    ProcessInstance instance = BidProcess.startBefore(TASK_SCHEDULE_NEXT_RETURN);
    execute(job(TIMER_QUARTER_END, instance));
    complete(task(TASK_SUBMIT_MONITORING_RETURN, instance));
    verifyReturn(instance, true);

    assertThat(instance).isWaitingAtExactly(SUB_DELIVERY, TIMER_QUARTER_END);
    assertThat(job(TIMER_QUARTER_END, instance))
        .hasDueDate(BidProcess.at(BidProcess.SECOND_QUARTER_END));
  }

  @Test
  void shouldChaseTheReturnAndKeepItOpenWhenItIsOverdue() throws Exception {
    ProcessInstance instance = BidProcess.startBefore(TASK_SUBMIT_MONITORING_RETURN);
    assertThat(job(BOUNDARY_RETURN_OVERDUE, instance)).hasDueDate(BidProcess.daysAfterNow(30));

    ClockUtil.setCurrentTime(BidProcess.daysAfterNow(30));
    execute(job(BOUNDARY_RETURN_OVERDUE, instance));

    assertThat(instance)
        .isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_MONITORING_RETURN, TASK_CHASE_OVERDUE_RETURN);
    assertThat(task(TASK_CHASE_OVERDUE_RETURN, instance))
        .hasCandidateGroup(CandidateGroups.GRANT_OFFICER);
    assertThat(task(TASK_SUBMIT_MONITORING_RETURN, instance))
        .hasCandidateGroup(CandidateGroups.PCC_BIDDER);
  }

  @Test
  void shouldAskForTheFinalReturnWhenNoQuartersRemain() throws Exception {
    delegates.quarters();

    ProcessInstance instance = BidProcess.startBefore(TASK_SCHEDULE_NEXT_RETURN);

    assertThat(instance)
        .hasPassed(END_DELIVERY_COMPLETED)
        .isWaitingAtExactly(TASK_SUBMIT_FINAL_RETURN);
    assertThat(task(TASK_SUBMIT_FINAL_RETURN, instance))
        .hasCandidateGroup(CandidateGroups.PCC_BIDDER);
  }

  @Test
  void shouldCloseTheAwardWhenTheFinalReturnIsSubmitted() throws Exception {
    ProcessInstance instance = BidProcess.startBefore(TASK_SUBMIT_FINAL_RETURN);

    complete(task(TASK_SUBMIT_FINAL_RETURN, instance));

    assertThat(instance)
        .hasPassedInOrder(TASK_SUBMIT_FINAL_RETURN, TASK_CLOSE_AWARD, END_AWARD_CLOSED)
        .isEnded();
    verify(delegates.closeAward, times(1)).execute(any());
  }
}
