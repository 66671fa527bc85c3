package org.grantwell.workflow.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.VictimsFundingIds.GATEWAY_PLAN_APPROVED;
import static org.grantwell.workflow.model.VictimsFundingIds.SUB_DELIVERY;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_ACCEPT_GRANT_AGREEMENT;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_COMPUTE_ALLOCATION;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_ISSUE_GRANT_AGREEMENT;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_REVIEW_SPENDING_PLAN;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_SCHEDULE_NEXT_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_SUBMIT_SPENDING_PLAN;
import static org.grantwell.workflow.model.VictimsFundingIds.TIMER_PERIOD_END;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_ALLOCATION_ID;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_ORGANISATION_ID;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_PLAN_APPROVED;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_ROUND_ID;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

/** The allocation, the office's spending plan and its review, and the grant agreement. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/victimsFunding.bpmn")
class VictimsFundingAgreementProcessTest {

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

  private static void review(ProcessInstance instance, boolean approved) {
    complete(task(TASK_REVIEW_SPENDING_PLAN, instance), withVariables(VAR_PLAN_APPROVED, approved));
  }

  @Test
  void shouldComputeTheAllocationThenAskTheOfficeForASpendingPlanWhenStarted() throws Exception {
    Map<String, Object> seen = new HashMap<>();
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              seen.putAll(execution.getVariables());
              return null;
            })
        .when(delegates.computeAllocation)
        .execute(any());

    ProcessInstance instance = AllocationProcess.start();

    assertThat(instance)
        .hasBusinessKey(AllocationProcess.REFERENCE)
        .hasPassed(TASK_COMPUTE_ALLOCATION)
        .isWaitingAtExactly(TASK_SUBMIT_SPENDING_PLAN);
    assertThat(task(TASK_SUBMIT_SPENDING_PLAN, instance))
        .hasCandidateGroup(CandidateGroups.PCC_BIDDER);
    assertThat(seen)
        .containsEntry(VAR_ROUND_ID, AllocationProcess.ROUND_ID)
        .containsEntry(VAR_ORGANISATION_ID, AllocationProcess.ORGANISATION_ID)
        .containsEntry(VAR_ALLOCATION_ID, AllocationProcess.ALLOCATION_ID);
  }

  @Test
  void shouldLeaveNoInstanceWhenTheAllocationCannotBeComputed() throws Exception {
    doThrow(new IllegalStateException("population data missing"))
        .when(delegates.computeAllocation)
        .execute(any());

    assertThatThrownBy(AllocationProcess::start).hasMessage("population data missing");

    assertThat(
            processInstanceQuery().processInstanceBusinessKey(AllocationProcess.REFERENCE).count())
        .isZero();
  }

  @Test
  void shouldAskAGrantOfficerToReviewTheSubmittedPlan() {
    ProcessInstance instance = AllocationProcess.startBefore(TASK_SUBMIT_SPENDING_PLAN);

    complete(task(TASK_SUBMIT_SPENDING_PLAN, instance));

    assertThat(instance).isWaitingAtExactly(TASK_REVIEW_SPENDING_PLAN);
    assertThat(task(TASK_REVIEW_SPENDING_PLAN, instance))
        .hasCandidateGroup(CandidateGroups.GRANT_OFFICER);
  }

  @Test
  void shouldReturnThePlanToTheOfficeWhenTheReviewDoesNotApproveIt() throws Exception {
    ProcessInstance instance = AllocationProcess.startBefore(TASK_REVIEW_SPENDING_PLAN);

    review(instance, false);

    assertThat(instance)
        .hasPassed(GATEWAY_PLAN_APPROVED)
        .hasNotPassed(TASK_ISSUE_GRANT_AGREEMENT)
        .isWaitingAtExactly(TASK_SUBMIT_SPENDING_PLAN);
    assertThat(task(TASK_SUBMIT_SPENDING_PLAN, instance))
        .hasCandidateGroup(CandidateGroups.PCC_BIDDER);
    verify(delegates.issueGrantAgreement, never()).execute(any());
  }

  @Test
  void shouldIssueTheAgreementForTheFinanceLeadWhenAReturnedPlanIsApproved() throws Exception {
    ProcessInstance instance = AllocationProcess.startBefore(TASK_REVIEW_SPENDING_PLAN);
    review(instance, false);
    complete(task(TASK_SUBMIT_SPENDING_PLAN, instance));

    review(instance, true);

    assertThat(instance)
        .hasPassedInOrder(
            TASK_REVIEW_SPENDING_PLAN,
            TASK_SUBMIT_SPENDING_PLAN,
            TASK_REVIEW_SPENDING_PLAN,
            TASK_ISSUE_GRANT_AGREEMENT)
        .isWaitingAtExactly(TASK_ACCEPT_GRANT_AGREEMENT);
    assertThat(task(TASK_ACCEPT_GRANT_AGREEMENT, instance))
        .hasCandidateGroup(CandidateGroups.FINANCE_LEAD);
    verify(delegates.issueGrantAgreement, times(1)).execute(any());
  }

  @Test
  void shouldStayAtTheReviewWhenIssuingTheAgreementFails() throws Exception {
    ProcessInstance instance = AllocationProcess.startBefore(TASK_REVIEW_SPENDING_PLAN);
    doThrow(new IllegalStateException("document store down"))
        .when(delegates.issueGrantAgreement)
        .execute(any());

    assertThatThrownBy(() -> review(instance, true)).hasMessage("document store down");

    assertThat(instance).isWaitingAtExactly(TASK_REVIEW_SPENDING_PLAN);
  }

  @Test
  void shouldStartDeliveryWhenTheFinanceLeadAcceptsTheAgreement() throws Exception {
    delegates.periods(AllocationProcess.FIRST_PERIOD_END);
    ProcessInstance instance = AllocationProcess.startBefore(TASK_ACCEPT_GRANT_AGREEMENT);

    complete(task(TASK_ACCEPT_GRANT_AGREEMENT, instance));

    assertThat(instance)
        .hasPassed(TASK_ACCEPT_GRANT_AGREEMENT, TASK_SCHEDULE_NEXT_RETURN)
        .isWaitingAtExactly(SUB_DELIVERY, TIMER_PERIOD_END);
    assertThat(job(TIMER_PERIOD_END, instance))
        .hasDueDate(AllocationProcess.at(AllocationProcess.FIRST_PERIOD_END));
  }
}
