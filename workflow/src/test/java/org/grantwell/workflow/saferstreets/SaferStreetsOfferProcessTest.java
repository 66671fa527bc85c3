package org.grantwell.workflow.saferstreets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.grantwell.workflow.model.SaferStreetsIds.BOUNDARY_OFFER_LAPSED;
import static org.grantwell.workflow.model.SaferStreetsIds.BOUNDARY_OFFER_REMINDER;
import static org.grantwell.workflow.model.SaferStreetsIds.END_OFFER_LAPSED;
import static org.grantwell.workflow.model.SaferStreetsIds.END_OFFER_REMINDER_SENT;
import static org.grantwell.workflow.model.SaferStreetsIds.SUB_DELIVERY;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_ACCEPT_OFFER;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_RELEASE_AWARD;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_SCHEDULE_NEXT_RETURN;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_SEND_OFFER_REMINDER;
import static org.grantwell.workflow.model.SaferStreetsIds.TIMER_QUARTER_END;
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

/** The award offer: accepted, reminded after 10 days, lapsed (money released) after 14. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/saferStreetsBid.bpmn")
class SaferStreetsOfferProcessTest {

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

  /** The reminder timer fires and its asynchronous mail step runs. */
  private static void remind(ProcessInstance instance) {
    execute(job(BOUNDARY_OFFER_REMINDER, instance));
    execute(job(TASK_SEND_OFFER_REMINDER, instance));
  }

  @Test
  void shouldOfferTheAwardToTheBidderWithReminderAndLapseTimers() {
    ProcessInstance instance = BidProcess.startBefore(TASK_ACCEPT_OFFER);

    assertThat(task(TASK_ACCEPT_OFFER, instance)).hasCandidateGroup(CandidateGroups.PCC_BIDDER);
    assertThat(job(BOUNDARY_OFFER_REMINDER, instance)).hasDueDate(BidProcess.daysAfterNow(10));
    assertThat(job(BOUNDARY_OFFER_LAPSED, instance)).hasDueDate(BidProcess.daysAfterNow(14));
  }

  @Test
  void shouldStartDeliveryWhenTheOfferIsAccepted() throws Exception {
    delegates.quarters(BidProcess.FIRST_QUARTER_END);
    ProcessInstance instance = BidProcess.startBefore(TASK_ACCEPT_OFFER);

    complete(task(TASK_ACCEPT_OFFER, instance));

    assertThat(instance)
        .hasPassed(TASK_ACCEPT_OFFER, TASK_SCHEDULE_NEXT_RETURN)
        .isWaitingAtExactly(SUB_DELIVERY, TIMER_QUARTER_END);
    assertThat(
            jobQuery()
                .processInstanceId(instance.getId())
                .activityId(BOUNDARY_OFFER_LAPSED)
                .count())
        .isZero();
    verify(delegates.sendOfferReminder, never()).execute(any());
    verify(delegates.releaseAward, never()).execute(any());
  }

  @Test
  void shouldRemindThenReleaseTheAwardWhenTheOfferLapses() throws Exception {
    ProcessInstance instance = BidProcess.startBefore(TASK_ACCEPT_OFFER);

    remind(instance);
    assertThat(instance).hasPassed(END_OFFER_REMINDER_SENT).isWaitingAtExactly(TASK_ACCEPT_OFFER);
    verify(delegates.sendOfferReminder, times(1)).execute(any());

    ClockUtil.setCurrentTime(BidProcess.daysAfterNow(14));
    execute(job(BOUNDARY_OFFER_LAPSED, instance));

    assertThat(instance)
        .hasPassedInOrder(TASK_SEND_OFFER_REMINDER, TASK_RELEASE_AWARD, END_OFFER_LAPSED)
        .hasNotPassed(SUB_DELIVERY)
        .isEnded();
    verify(delegates.releaseAward, times(1)).execute(any());
  }

  @Test
  void shouldStillStartDeliveryWhenTheOfferIsAcceptedAfterTheReminder() throws Exception {
    delegates.quarters(BidProcess.FIRST_QUARTER_END);
    ProcessInstance instance = BidProcess.startBefore(TASK_ACCEPT_OFFER);

    remind(instance);
    complete(task(TASK_ACCEPT_OFFER, instance));

    assertThat(instance)
        .hasPassed(END_OFFER_REMINDER_SENT)
        .isWaitingAtExactly(SUB_DELIVERY, TIMER_QUARTER_END);
    verify(delegates.releaseAward, never()).execute(any());
  }
}
