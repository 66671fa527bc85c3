package org.grantwell.workflow.localcommissioning;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_AWARD_CLOSED;
import static org.grantwell.workflow.model.LocalCommissioningIds.FUNDING_FUND;
import static org.grantwell.workflow.model.LocalCommissioningIds.START_BID_STARTED;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_ACCEPT_OFFER;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_ASSESS_BID;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_CHECK_ELIGIBILITY;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_CLOSE_AWARD;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_COMMIT_AWARD;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_COMPUTE_SCORES;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_DECIDE_FUNDING;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_DRAFT_BID;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_FEED_OFFICE_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_PAY_CLAIM;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_SUBMIT_BID;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_SUBMIT_FINAL_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_SUBMIT_MONITORING_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_VERIFY_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.TIMER_PERIOD_END;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_FUNDING_DECISION;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_RETURN_VERIFIED;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A provider bid from draft to award closure, over one reporting period. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/localCommissioning.bpmn")
class LocalCommissioningProcessTest {

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

  @Test
  void shouldCloseTheAwardAfterOnePaidPeriodWhenTheBidIsFundedAndAccepted() throws Exception {
    delegates.eligible(true).moderationNeeded(false).periods(ProviderBidProcess.FIRST_PERIOD_END);
    ProcessInstance instance = ProviderBidProcess.start();

    complete(task(TASK_DRAFT_BID, instance));
    complete(task(TASK_SUBMIT_BID, instance));
    ProviderBidProcess.openTasks(instance, TASK_ASSESS_BID).forEach(task -> complete(task));
    complete(
        task(TASK_DECIDE_FUNDING, instance), withVariables(VAR_FUNDING_DECISION, FUNDING_FUND));
    complete(task(TASK_ACCEPT_OFFER, instance));
    execute(job(TIMER_PERIOD_END, instance));
    complete(task(TASK_SUBMIT_MONITORING_RETURN, instance));
    complete(task(TASK_VERIFY_RETURN, instance), withVariables(VAR_RETURN_VERIFIED, true));
    complete(task(TASK_SUBMIT_FINAL_RETURN, instance));

    assertThat(instance)
        .hasPassedInOrder(
            START_BID_STARTED,
            TASK_DRAFT_BID,
            TASK_SUBMIT_BID,
            TASK_CHECK_ELIGIBILITY,
            TASK_ASSESS_BID,
            TASK_COMPUTE_SCORES,
            TASK_DECIDE_FUNDING,
            TASK_COMMIT_AWARD,
            TASK_ACCEPT_OFFER,
            TIMER_PERIOD_END,
            TASK_SUBMIT_MONITORING_RETURN,
            TASK_VERIFY_RETURN,
            TASK_PAY_CLAIM,
            TASK_FEED_OFFICE_RETURN,
            TASK_SUBMIT_FINAL_RETURN,
            TASK_CLOSE_AWARD,
            END_AWARD_CLOSED)
        .isEnded();
    verify(delegates.commitAward, times(1)).execute(any());
    verify(delegates.closeAward, times(1)).execute(any());
    verify(delegates.markBidLate, never()).execute(any());
    verify(delegates.releaseAward, never()).execute(any());
  }
}
