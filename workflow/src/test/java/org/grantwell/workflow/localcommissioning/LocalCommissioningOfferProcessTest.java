package org.grantwell.workflow.localcommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.LocalCommissioningIds.BOUNDARY_ALLOCATION_EXCEEDED;
import static org.grantwell.workflow.model.LocalCommissioningIds.BOUNDARY_OFFER_LAPSED;
import static org.grantwell.workflow.model.LocalCommissioningIds.BOUNDARY_OFFER_REMINDER;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_ALLOCATION_EXCEEDED;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_OFFER_LAPSED;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_OFFER_REMINDER_SENT;
import static org.grantwell.workflow.model.LocalCommissioningIds.ERR_ALLOCATION_EXCEEDED;
import static org.grantwell.workflow.model.LocalCommissioningIds.FUNDING_FUND;
import static org.grantwell.workflow.model.LocalCommissioningIds.SUB_DELIVERY;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_ACCEPT_OFFER;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_COMMIT_AWARD;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_DECIDE_FUNDING;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_RELEASE_AWARD;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_SCHEDULE_NEXT_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_SEND_OFFER_REMINDER;
import static org.grantwell.workflow.model.LocalCommissioningIds.TIMER_PERIOD_END;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_FUNDING_DECISION;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
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

/**
 * Committing the award against the office's allocation, and the offer: accepted, reminded after
 * 10 days, lapsed (money released) after 14.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/localCommissioning.bpmn")
class LocalCommissioningOfferProcessTest {

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

  private static void fund(ProcessInstance instance) {
    complete(
        task(TASK_DECIDE_FUNDING, instance), withVariables(VAR_FUNDING_DECISION, FUNDING_FUND));
  }

  /** The reminder timer fires and its asynchronous mail step runs. */
  private static void remind(ProcessInstance instance) {
    execute(job(BOUNDARY_OFFER_REMINDER, instance));
    execute(job(TASK_SEND_OFFER_REMINDER, instance));
  }

  @Test
  void shouldEndWithoutAnOfferWhenTheAwardWouldExceedTheOfficesAllocation() throws Exception {
    doThrow(new BpmnError(ERR_ALLOCATION_EXCEEDED)).when(delegates.commitAward).execute(any());
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_DECIDE_FUNDING);

    fund(instance);

    assertThat(instance)
        .hasPassedInOrder(TASK_COMMIT_AWARD, BOUNDARY_ALLOCATION_EXCEEDED, END_ALLOCATION_EXCEEDED)
        .hasNotPassed(TASK_ACCEPT_OFFER)
        .isEnded();
    verify(delegates.commitAward, times(1)).execute(any());
  }

  @Test
  void shouldStayAtTheFundingDecisionWhenCommittingTheAwardBreaks() throws Exception {
    doThrow(new IllegalStateException("ledger unavailable"))
        .when(delegates.commitAward)
        .execute(any());
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_DECIDE_FUNDING);

    assertThatThrownBy(() -> fund(instance)).hasMessage("ledger unavailable");

    assertThat(instance).isWaitingAtExactly(TASK_DECIDE_FUNDING);
  }

  @Test
  void shouldOfferTheAwardToTheProviderWithReminderAndLapseTimers() {
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_ACCEPT_OFFER);

    assertThat(task(TASK_ACCEPT_OFFER, instance))
        .hasCandidateGroup(CandidateGroups.PROVIDER_BIDDER);
    assertThat(job(BOUNDARY_OFFER_REMINDER, instance))
        .hasDueDate(ProviderBidProcess.daysAfterNow(10));
    assertThat(job(BOUNDARY_OFFER_LAPSED, instance))
        .hasDueDate(ProviderBidProcess.daysAfterNow(14));
  }

  @Test
  void shouldStartDeliveryWhenTheOfferIsAccepted() throws Exception {
    delegates.periods(ProviderBidProcess.FIRST_PERIOD_END);
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_ACCEPT_OFFER);

    complete(task(TASK_ACCEPT_OFFER, instance));

    assertThat(instance)
        .hasPassed(TASK_ACCEPT_OFFER, TASK_SCHEDULE_NEXT_RETURN)
        .isWaitingAtExactly(SUB_DELIVERY, TIMER_PERIOD_END);
    assertThat(
            jobQuery()
                .processInstanceId(instance.getId())
                .activityId(BOUNDARY_OFFER_LAPSED)
                .count())
        .isZero();
    verify(delegates.releaseAward, never()).execute(any());
  }

  @Test
  void shouldRemindThenReleaseTheAwardOnceWhenTheOfferLapses() throws Exception {
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_ACCEPT_OFFER);

    ClockUtil.setCurrentTime(ProviderBidProcess.daysAfterNow(10));
    remind(instance);
    assertThat(instance).hasPassed(END_OFFER_REMINDER_SENT).isWaitingAtExactly(TASK_ACCEPT_OFFER);
    verify(delegates.sendOfferReminder, times(1)).execute(any());

    ClockUtil.setCurrentTime(ProviderBidProcess.daysAfterNow(14));
    execute(job(BOUNDARY_OFFER_LAPSED, instance));

    assertThat(instance)
        .hasPassedInOrder(TASK_SEND_OFFER_REMINDER, TASK_RELEASE_AWARD, END_OFFER_LAPSED)
        .hasNotPassed(SUB_DELIVERY)
        .isEnded();
    verify(delegates.releaseAward, times(1)).execute(any());
  }

  @Test
  void shouldStillStartDeliveryWhenTheOfferIsAcceptedAfterTheReminder() throws Exception {
    delegates.periods(ProviderBidProcess.FIRST_PERIOD_END);
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_ACCEPT_OFFER);

    remind(instance);
    complete(task(TASK_ACCEPT_OFFER, instance));

    assertThat(instance)
        .hasPassed(END_OFFER_REMINDER_SENT)
        .isWaitingAtExactly(SUB_DELIVERY, TIMER_PERIOD_END);
    verify(delegates.releaseAward, never()).execute(any());
  }
}
