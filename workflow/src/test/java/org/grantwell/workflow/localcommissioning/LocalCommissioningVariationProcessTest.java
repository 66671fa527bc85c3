package org.grantwell.workflow.localcommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_VARIATION_APPLIED;
import static org.grantwell.workflow.model.LocalCommissioningIds.END_VARIATION_DECLINED;
import static org.grantwell.workflow.model.LocalCommissioningIds.MSG_VARIATION_REQUESTED;
import static org.grantwell.workflow.model.LocalCommissioningIds.SUB_DELIVERY;
import static org.grantwell.workflow.model.LocalCommissioningIds.SUB_VARIATION;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_APPLY_VARIATION;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_DECIDE_VARIATION;
import static org.grantwell.workflow.model.LocalCommissioningIds.TASK_SUBMIT_MONITORING_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_VARIATION_APPROVED;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_VARIATION_ID;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
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

/** Variations of a provider's award: requested by message in delivery, decided by an officer. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/localCommissioning.bpmn")
class LocalCommissioningVariationProcessTest {

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

  private static ProcessInstance variationRequestedDuringDelivery(long variationId) {
    ProcessInstance instance = ProviderBidProcess.startBefore(TASK_SUBMIT_MONITORING_RETURN);
    runtimeService()
        .createMessageCorrelation(MSG_VARIATION_REQUESTED)
        .processInstanceBusinessKey(ProviderBidProcess.REFERENCE)
        .setVariableToTriggeredScope(VAR_VARIATION_ID, variationId)
        .correlate();
    return instance;
  }

  private static void decide(ProcessInstance instance, boolean approved) {
    complete(
        task(TASK_DECIDE_VARIATION, instance), withVariables(VAR_VARIATION_APPROVED, approved));
  }

  @Test
  void shouldApplyTheVariationWhenTheOfficerApprovesIt() throws Exception {
    List<Object> applied = DelegateMocks.recordVariable(delegates.applyVariation, VAR_VARIATION_ID);
    ProcessInstance instance = variationRequestedDuringDelivery(9L);
    assertThat(instance)
        .isWaitingAtExactly(
            SUB_DELIVERY, TASK_SUBMIT_MONITORING_RETURN, SUB_VARIATION, TASK_DECIDE_VARIATION);
    assertThat(task(TASK_DECIDE_VARIATION, instance))
        .hasCandidateGroup(CandidateGroups.GRANT_OFFICER);

    decide(instance, true);

    assertThat(instance)
        .hasPassed(TASK_APPLY_VARIATION, END_VARIATION_APPLIED)
        .isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_MONITORING_RETURN);
    assertThat(applied).containsExactly(9L);
  }

  @Test
  void shouldNotApplyTheVariationWhenTheOfficerDeclinesIt() throws Exception {
    ProcessInstance instance = variationRequestedDuringDelivery(9L);

    decide(instance, false);

    assertThat(instance)
        .hasPassed(END_VARIATION_DECLINED)
        .hasNotPassed(TASK_APPLY_VARIATION)
        .isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_MONITORING_RETURN);
    verify(delegates.applyVariation, never()).execute(any());
  }
}
