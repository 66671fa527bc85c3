package org.grantwell.workflow.localcommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.LocalCommissioningIds.BOUNDARY_RETURN_OVERDUE;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_AWARD_CLOSED;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_DELIVERY_COMPLETED;
import static org.grantwell.workflow.model.LocalCommissioningIds.SUB_DELIVERY;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_ACCEPT_OFFER;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_CHASE_OVERDUE_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_CLOSE_AWARD;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_FEED_OFFICE_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_PAY_CLAIM;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_SCHEDULE_NEXT_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_SUBMIT_FINAL_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_SUBMIT_MONITORING_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_VERIFY_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.TIMER_PERIOD_END;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_BID_ID;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_RETURN_VERIFIED;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
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
import org.mockito.InOrder;

/**
 * Delivery: the provider's periodic monitoring returns, their verification, claims that feed the
 * office's own return to the MoJ, overdue returns, and closure.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/localCommissioning.bpmn")
class LocalCommissioningDeliveryProcessTest {

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

  private static void verifyReturn(ProcessInstance instance, boolean verified) {
    complete(task(TASK_VERIFY_RETURN, instance), withVariables(VAR_RETURN_VERIFIED, verified));
  }

  @Test
  void shouldPayTheClaimThenFeedTheOfficesReturnWhenAnAcceptedAwardsReturnIsVerified()
      throws Exception {
    delegates.periods(ProviderBidProcess.FIRST_PERIOD_END);
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_ACCEPT_OFFER);
    complete(task(TASK_ACCEPT_OFFER, instance));
    assertThat(job(TIMER_PERIOD_END, instance))
        .hasDueDate(ProviderBidProcess.at(ProviderBidProcess.FIRST_PERIOD_END));

    ClockUtil.setCurrentTime(ProviderBidProcess.at(ProviderBidProcess.FIRST_PERIOD_END));
    execute(job(TIMER_PERIOD_END, instance));
    assertThat(task(TASK_SUBMIT_MONITORING_RETURN, instance))
        .hasCandidateGroup(CandidateGroups.PROVIDER_BIDDER);
    complete(task(TASK_SUBMIT_MONITORING_RETURN, instance));
    assertThat(task(TASK_VERIFY_RETURN, instance)).hasCandidateGroup(CandidateGroups.GRANT_OFFICER);
    verifyReturn(instance, true);

    assertThat(instance)
        .hasPassedInOrder(
            TIMER_PERIOD_END,
            TASK_SUBMIT_MONITORING_RETURN,
            TASK_VERIFY_RETURN,
            TASK_PAY_CLAIM,
            TASK_FEED_OFFICE_RETURN,
            END_DELIVERY_COMPLETED)
        .isWaitingAtExactly(TASK_SUBMIT_FINAL_RETURN);
    InOrder order = inOrder(delegates.payClaim, delegates.feedOfficeReturn);
    order.verify(delegates.payClaim).execute(any());
    order.verify(delegates.feedOfficeReturn).execute(any());
  }

  @Test
  void shouldFeedTheOfficesReturnWithTheBidWhoseClaimWasPaid() throws Exception {
    delegates.periods();
    List<Object> fed = DelegateMocks.recordVariable(delegates.feedOfficeReturn, VAR_BID_ID);
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_VERIFY_RETURN);

    verifyReturn(instance, true);

    assertThat(fed).containsExactly(ProviderBidProcess.BID_ID);
  }

  @Test
  void shouldSendTheReturnBackToTheProviderWhenVerificationRejectsIt() throws Exception {
    delegates.periods(ProviderBidProcess.FIRST_PERIOD_END);
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_SUBMIT_MONITORING_RETURN);
    complete(task(TASK_SUBMIT_MONITORING_RETURN, instance));

    verifyReturn(instance, false);
    assertThat(instance).isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_MONITORING_RETURN);
    verify(delegates.payClaim, never()).execute(any());
    verify(delegates.feedOfficeReturn, never()).execute(any());

    complete(task(TASK_SUBMIT_MONITORING_RETURN, instance));
    verifyReturn(instance, true);

    assertThat(instance)
        .hasPassed(TASK_PAY_CLAIM, TASK_FEED_OFFICE_RETURN, TASK_SCHEDULE_NEXT_RETURN)
        .isWaitingAtExactly(SUB_DELIVERY, TIMER_PERIOD_END);
    verify(delegates.feedOfficeReturn, times(1)).execute(any());
  }

  @Test
  void shouldAskForTheNextPeriodsReturnAfterFeedingTheOfficesReturn() throws Exception {
    delegates.periods(ProviderBidProcess.FIRST_PERIOD_END, ProviderBidProcess.SECOND_PERIOD_END);
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_SCHEDULE_NEXT_RETURN);
    execute(job(TIMER_PERIOD_END, instance));
    complete(task(TASK_SUBMIT_MONITORING_RETURN, instance));
    verifyReturn(instance, true);

    assertThat(instance).isWaitingAtExactly(SUB_DELIVERY, TIMER_PERIOD_END);
    assertThat(job(TIMER_PERIOD_END, instance))
        .hasDueDate(ProviderBidProcess.at(ProviderBidProcess.SECOND_PERIOD_END));
  }

  @Test
  void shouldChaseTheReturnAndKeepItOpenWhenItIsOverdue() throws Exception {
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_SUBMIT_MONITORING_RETURN);
    assertThat(job(BOUNDARY_RETURN_OVERDUE, instance))
        .hasDueDate(ProviderBidProcess.daysAfterNow(30));

    ClockUtil.setCurrentTime(ProviderBidProcess.daysAfterNow(30));
    execute(job(BOUNDARY_RETURN_OVERDUE, instance));

    assertThat(instance)
        .isWaitingAtExactly(
            SUB_DELIVERY, TASK_SUBMIT_MONITORING_RETURN, TASK_CHASE_OVERDUE_RETURN);
    assertThat(task(TASK_CHASE_OVERDUE_RETURN, instance))
        .hasCandidateGroup(CandidateGroups.GRANT_OFFICER);
  }

  @Test
  void shouldCloseTheAwardWhenTheFinalReturnIsSubmitted() throws Exception {
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_SUBMIT_FINAL_RETURN);
    assertThat(task(TASK_SUBMIT_FINAL_RETURN, instance))
        .hasCandidateGroup(CandidateGroups.PROVIDER_BIDDER);

    complete(task(TASK_SUBMIT_FINAL_RETURN, instance));

    assertThat(instance)
        .hasPassedInOrder(TASK_SUBMIT_FINAL_RETURN, TASK_CLOSE_AWARD, END_AWARD_CLOSED)
        .isEnded();
    verify(delegates.closeAward, times(1)).execute(any());
  }
}
