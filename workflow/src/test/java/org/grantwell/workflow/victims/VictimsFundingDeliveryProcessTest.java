package org.grantwell.workflow.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.VictimsFundingIds.BOUNDARY_RETURN_OVERDUE;
import static org.grantwell.workflow.model.VictimsFundingIds.END_ALLOCATION_CLOSED;
import static org.grantwell.workflow.model.VictimsFundingIds.END_DELIVERY_COMPLETED;
import static org.grantwell.workflow.model.VictimsFundingIds.END_OVERDUE_RETURN_CHASED;
import static org.grantwell.workflow.model.VictimsFundingIds.SUB_DELIVERY;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_CHASE_OVERDUE_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_CLOSE_ALLOCATION;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_PAY_CLAIM;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_SCHEDULE_NEXT_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_SUBMIT_FINAL_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_SUBMIT_OUTCOME_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_VERIFY_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.TIMER_PERIOD_END;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_ALLOCATION_ID;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_RETURN_VERIFIED;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Date;
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

/** Delivery: periodic outcome returns, their verification and claims, overdue returns, closure. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/victimsFunding.bpmn")
class VictimsFundingDeliveryProcessTest {

  private DelegateMocks delegates;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(AllocationProcess.NOW));
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
  void shouldWaitForThePeriodEndThenAskForTheOutcomeReturn() throws Exception {
    delegates.periods(AllocationProcess.FIRST_PERIOD_END);
    ProcessInstance instance = AllocationProcess.startBefore(TASK_SCHEDULE_NEXT_RETURN);
    assertThat(instance).isWaitingAtExactly(SUB_DELIVERY, TIMER_PERIOD_END);
    assertThat(job(TIMER_PERIOD_END, instance))
        .hasDueDate(AllocationProcess.at(AllocationProcess.FIRST_PERIOD_END));

    ClockUtil.setCurrentTime(AllocationProcess.at(AllocationProcess.FIRST_PERIOD_END));
    execute(job(TIMER_PERIOD_END, instance));

    assertThat(instance).isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_OUTCOME_RETURN);
    assertThat(task(TASK_SUBMIT_OUTCOME_RETURN, instance))
        .hasCandidateGroup(CandidateGroups.PCC_BIDDER);
    assertThat(job(BOUNDARY_RETURN_OVERDUE, instance))
        .hasDueDate(AllocationProcess.daysAfter(AllocationProcess.FIRST_PERIOD_END, 30));
  }

  @Test
  void shouldPayTheClaimWhenThePeriodsReturnIsVerified() throws Exception {
    delegates.periods(AllocationProcess.FIRST_PERIOD_END);
    List<Object> paid = DelegateMocks.recordVariable(delegates.payClaim, VAR_ALLOCATION_ID);
    ProcessInstance instance = AllocationProcess.startBefore(TASK_SCHEDULE_NEXT_RETURN);
    execute(job(TIMER_PERIOD_END, instance));

    complete(task(TASK_SUBMIT_OUTCOME_RETURN, instance));
    assertThat(task(TASK_VERIFY_RETURN, instance)).hasCandidateGroup(CandidateGroups.GRANT_OFFICER);
    verifyReturn(instance, true);

    assertThat(instance)
        .hasPassedInOrder(TASK_SUBMIT_OUTCOME_RETURN, TASK_VERIFY_RETURN, TASK_PAY_CLAIM)
        .hasPassed(END_DELIVERY_COMPLETED)
        .isWaitingAtExactly(TASK_SUBMIT_FINAL_RETURN);
    assertThat(paid).containsExactly(AllocationProcess.ALLOCATION_ID);
    verify(delegates.scheduleNextReturn, times(2)).execute(any());
  }

  @Test
  void shouldSendTheReturnBackToTheOfficeWhenVerificationRejectsIt() throws Exception {
    delegates.periods(AllocationProcess.FIRST_PERIOD_END);
    ProcessInstance instance = AllocationProcess.startBefore(TASK_SUBMIT_OUTCOME_RETURN);
    complete(task(TASK_SUBMIT_OUTCOME_RETURN, instance));

    verifyReturn(instance, false);
    assertThat(instance).isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_OUTCOME_RETURN);
    verify(delegates.payClaim, never()).execute(any());

    complete(task(TASK_SUBMIT_OUTCOME_RETURN, instance));
    verifyReturn(instance, true);

    assertThat(instance)
        .hasPassed(TASK_PAY_CLAIM, TASK_SCHEDULE_NEXT_RETURN)
        .isWaitingAtExactly(SUB_DELIVERY, TIMER_PERIOD_END);
    verify(delegates.payClaim, times(1)).execute(any());
  }

  @Test
  void shouldKeepTheVerificationOpenWhenPayingTheClaimFails() throws Exception {
    ProcessInstance instance = AllocationProcess.startBefore(TASK_VERIFY_RETURN);
    doThrow(new IllegalStateException("ledger unavailable"))
        .when(delegates.payClaim)
        .execute(any());

    assertThatThrownBy(() -> verifyReturn(instance, true)).hasMessage("ledger unavailable");

    assertThat(instance).isWaitingAtExactly(SUB_DELIVERY, TASK_VERIFY_RETURN);
  }

  @Test
  void shouldAskForTheNextPeriodsReturnAfterPayingAClaim() throws Exception {
    delegates.periods(AllocationProcess.FIRST_PERIOD_END, AllocationProcess.SECOND_PERIOD_END);
    ProcessInstance instance = AllocationProcess.startBefore(TASK_SCHEDULE_NEXT_RETURN);
    execute(job(TIMER_PERIOD_END, instance));
    complete(task(TASK_SUBMIT_OUTCOME_RETURN, instance));
    verifyReturn(instance, true);

    assertThat(instance).isWaitingAtExactly(SUB_DELIVERY, TIMER_PERIOD_END);
    assertThat(job(TIMER_PERIOD_END, instance))
        .hasDueDate(AllocationProcess.at(AllocationProcess.SECOND_PERIOD_END));
  }

  @Test
  void shouldChaseTheReturnAndKeepItOpenWhenItIsOverdue() throws Exception {
    ProcessInstance instance = AllocationProcess.startBefore(TASK_SUBMIT_OUTCOME_RETURN);
    assertThat(job(BOUNDARY_RETURN_OVERDUE, instance))
        .hasDueDate(AllocationProcess.daysAfterNow(30));

    ClockUtil.setCurrentTime(AllocationProcess.daysAfterNow(30));
    execute(job(BOUNDARY_RETURN_OVERDUE, instance));

    assertThat(instance)
        .isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_OUTCOME_RETURN, TASK_CHASE_OVERDUE_RETURN);
    assertThat(task(TASK_CHASE_OVERDUE_RETURN, instance))
        .hasCandidateGroup(CandidateGroups.GRANT_OFFICER);

    complete(task(TASK_CHASE_OVERDUE_RETURN, instance));

    assertThat(instance)
        .hasPassed(END_OVERDUE_RETURN_CHASED)
        .isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_OUTCOME_RETURN);
  }

  @Test
  void shouldAskForTheFinalReturnWhenNoPeriodsRemain() throws Exception {
    delegates.periods();

    ProcessInstance instance = AllocationProcess.startBefore(TASK_SCHEDULE_NEXT_RETURN);

    assertThat(instance)
        .hasPassed(END_DELIVERY_COMPLETED)
        .hasNotPassed(TIMER_PERIOD_END)
        .isWaitingAtExactly(TASK_SUBMIT_FINAL_RETURN);
    assertThat(task(TASK_SUBMIT_FINAL_RETURN, instance))
        .hasCandidateGroup(CandidateGroups.PCC_BIDDER);
  }

  @Test
  void shouldCloseTheAllocationWhenTheFinalReturnIsSubmitted() throws Exception {
    List<Object> closed =
        DelegateMocks.recordVariable(delegates.closeAllocation, VAR_ALLOCATION_ID);
    ProcessInstance instance = AllocationProcess.startBefore(TASK_SUBMIT_FINAL_RETURN);

    complete(task(TASK_SUBMIT_FINAL_RETURN, instance));

    assertThat(instance)
        .hasPassedInOrder(TASK_SUBMIT_FINAL_RETURN, TASK_CLOSE_ALLOCATION, END_ALLOCATION_CLOSED)
        .isEnded();
    assertThat(closed).containsExactly(AllocationProcess.ALLOCATION_ID);
  }
}
