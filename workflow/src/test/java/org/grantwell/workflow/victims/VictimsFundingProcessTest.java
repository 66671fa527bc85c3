package org.grantwell.workflow.victims;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.VictimsFundingIds.END_ALLOCATION_CLOSED;
import static org.grantwell.workflow.model.VictimsFundingIds.END_DELIVERY_COMPLETED;
import static org.grantwell.workflow.model.VictimsFundingIds.START_ALLOCATION_STARTED;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_ACCEPT_GRANT_AGREEMENT;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_CLOSE_ALLOCATION;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_COMPUTE_ALLOCATION;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_ISSUE_GRANT_AGREEMENT;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_PAY_CLAIM;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_REVIEW_SPENDING_PLAN;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_SUBMIT_FINAL_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_SUBMIT_OUTCOME_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_SUBMIT_SPENDING_PLAN;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_VERIFY_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.TIMER_PERIOD_END;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_PLAN_APPROVED;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_RETURN_VERIFIED;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;

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
import org.mockito.InOrder;

/** The whole allocation from start to closure, over one reporting period. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/victimsFunding.bpmn")
class VictimsFundingProcessTest {

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

  @Test
  void shouldCloseTheAllocationAfterOneVerifiedPeriodWhenEverythingIsApproved() throws Exception {
    delegates.periods(AllocationProcess.FIRST_PERIOD_END);
    ProcessInstance instance = AllocationProcess.start();

    complete(task(TASK_SUBMIT_SPENDING_PLAN, instance));
    complete(task(TASK_REVIEW_SPENDING_PLAN, instance), withVariables(VAR_PLAN_APPROVED, true));
    complete(task(TASK_ACCEPT_GRANT_AGREEMENT, instance));
    ClockUtil.setCurrentTime(AllocationProcess.at(AllocationProcess.FIRST_PERIOD_END));
    execute(job(TIMER_PERIOD_END, instance));
    complete(task(TASK_SUBMIT_OUTCOME_RETURN, instance));
    complete(task(TASK_VERIFY_RETURN, instance), withVariables(VAR_RETURN_VERIFIED, true));
    complete(task(TASK_SUBMIT_FINAL_RETURN, instance));

    assertThat(instance)
        .hasPassedInOrder(
            START_ALLOCATION_STARTED,
            TASK_COMPUTE_ALLOCATION,
            TASK_SUBMIT_SPENDING_PLAN,
            TASK_REVIEW_SPENDING_PLAN,
            TASK_ISSUE_GRANT_AGREEMENT,
            TASK_ACCEPT_GRANT_AGREEMENT,
            TIMER_PERIOD_END,
            TASK_SUBMIT_OUTCOME_RETURN,
            TASK_VERIFY_RETURN,
            TASK_PAY_CLAIM,
            END_DELIVERY_COMPLETED,
            TASK_SUBMIT_FINAL_RETURN,
            TASK_CLOSE_ALLOCATION,
            END_ALLOCATION_CLOSED)
        .isEnded();
    InOrder order =
        inOrder(
            delegates.computeAllocation,
            delegates.issueGrantAgreement,
            delegates.scheduleNextReturn,
            delegates.payClaim,
            delegates.closeAllocation);
    order.verify(delegates.computeAllocation).execute(any());
    order.verify(delegates.issueGrantAgreement).execute(any());
    order.verify(delegates.scheduleNextReturn).execute(any());
    order.verify(delegates.payClaim).execute(any());
    order.verify(delegates.scheduleNextReturn).execute(any());
    order.verify(delegates.closeAllocation, times(1)).execute(any());
  }
}
