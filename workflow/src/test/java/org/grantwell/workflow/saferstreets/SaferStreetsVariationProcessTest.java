package org.grantwell.workflow.saferstreets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.SaferStreetsIds.END_VARIATION_APPLIED;
import static org.grantwell.workflow.model.SaferStreetsIds.END_VARIATION_DECLINED;
import static org.grantwell.workflow.model.SaferStreetsIds.MSG_VARIATION_REQUESTED;
import static org.grantwell.workflow.model.SaferStreetsIds.START_VARIATION_REQUESTED;
import static org.grantwell.workflow.model.SaferStreetsIds.SUB_DELIVERY;
import static org.grantwell.workflow.model.SaferStreetsIds.SUB_VARIATION;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_ACCEPT_OFFER;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_APPLY_VARIATION;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_DECIDE_VARIATION;
import static org.grantwell.workflow.model.SaferStreetsIds.TASK_SUBMIT_MONITORING_RETURN;
import static org.grantwell.workflow.model.SaferStreetsIds.VAR_VARIATION_APPROVED;
import static org.grantwell.workflow.model.SaferStreetsIds.VAR_VARIATION_ID;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.grantwell.workflow.model.CandidateGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Variations: requested by message during delivery only, decided by a grant officer. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/saferStreetsBid.bpmn")
class SaferStreetsVariationProcessTest {

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

  /** What the application does when a bidder asks for a variation. */
  private static void requestVariation(long variationId) {
    runtimeService()
        .createMessageCorrelation(MSG_VARIATION_REQUESTED)
        .processInstanceBusinessKey(BidProcess.REFERENCE)
        .setVariableToTriggeredScope(VAR_VARIATION_ID, variationId)
        .correlate();
  }

  private static void decide(Task decision, boolean approved) {
    complete(decision, withVariables(VAR_VARIATION_APPROVED, approved));
  }

  @Test
  void shouldAskAGrantOfficerWhileDeliveryCarriesOnWhenAVariationIsRequested() {
    ProcessInstance instance = BidProcess.startBefore(TASK_SUBMIT_MONITORING_RETURN);

    requestVariation(7L);

    assertThat(instance)
        .hasPassed(START_VARIATION_REQUESTED)
        .isWaitingAtExactly(
            SUB_DELIVERY, TASK_SUBMIT_MONITORING_RETURN, SUB_VARIATION, TASK_DECIDE_VARIATION);
    assertThat(task(TASK_DECIDE_VARIATION, instance))
        .hasCandidateGroup(CandidateGroups.GRANT_OFFICER);
  }

  @Test
  void shouldApplyTheVariationWhenTheOfficerApprovesIt() throws Exception {
    List<Object> applied = recordAppliedVariationIds();
    ProcessInstance instance = BidProcess.startBefore(TASK_SUBMIT_MONITORING_RETURN);
    requestVariation(7L);

    decide(task(TASK_DECIDE_VARIATION, instance), true);

    assertThat(instance)
        .hasPassed(TASK_APPLY_VARIATION, END_VARIATION_APPLIED)
        .isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_MONITORING_RETURN);
    verify(delegates.applyVariation, times(1)).execute(any());
    assertThat(applied).containsExactly(7L);
  }

  @Test
  void shouldNotApplyTheVariationWhenTheOfficerDeclinesIt() throws Exception {
    ProcessInstance instance = BidProcess.startBefore(TASK_SUBMIT_MONITORING_RETURN);
    requestVariation(7L);

    decide(task(TASK_DECIDE_VARIATION, instance), false);

    assertThat(instance)
        .hasPassed(END_VARIATION_DECLINED)
        .hasNotPassed(TASK_APPLY_VARIATION)
        .isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_MONITORING_RETURN);
    verify(delegates.applyVariation, never()).execute(any());
  }

  @Test
  void shouldApplyEachVariationWithItsOwnIdWhenTwoAreDecidedAtOnce() throws Exception {
    List<Object> applied = recordAppliedVariationIds();
    ProcessInstance instance = BidProcess.startBefore(TASK_SUBMIT_MONITORING_RETURN);
    requestVariation(7L);
    requestVariation(8L);

    Task second = decisionFor(instance, 8L);
    decide(second, true);
    decide(task(TASK_DECIDE_VARIATION, instance), true);

    assertThat(applied).containsExactly(8L, 7L);
  }

  @Test
  void shouldRefuseAVariationBeforeDeliveryHasStarted() {
    ProcessInstance instance = BidProcess.startBefore(TASK_ACCEPT_OFFER);

    assertThatThrownBy(() -> requestVariation(7L))
        .isInstanceOf(MismatchingMessageCorrelationException.class);

    assertThat(instance).isWaitingAtExactly(TASK_ACCEPT_OFFER);
  }

  private List<Object> recordAppliedVariationIds() throws Exception {
    List<Object> applied = new ArrayList<>();
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              applied.add(execution.getVariable(VAR_VARIATION_ID));
              return null;
            })
        .when(delegates.applyVariation)
        .execute(any());
    return applied;
  }

  private static Task decisionFor(ProcessInstance instance, long variationId) {
    return BidProcess.openTasks(instance, TASK_DECIDE_VARIATION).stream()
        .filter(
            t ->
                Long.valueOf(variationId)
                    .equals(runtimeService().getVariable(t.getExecutionId(), VAR_VARIATION_ID)))
        .findFirst()
        .orElseThrow();
  }
}
