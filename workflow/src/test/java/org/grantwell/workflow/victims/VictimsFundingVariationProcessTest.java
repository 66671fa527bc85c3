package org.grantwell.workflow.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.grantwell.workflow.model.VictimsFundingIds.END_VARIATION_APPLIED;
import static org.grantwell.workflow.model.VictimsFundingIds.END_VARIATION_DECLINED;
import static org.grantwell.workflow.model.VictimsFundingIds.MSG_VARIATION_REQUESTED;
import static org.grantwell.workflow.model.VictimsFundingIds.START_VARIATION_REQUESTED;
import static org.grantwell.workflow.model.VictimsFundingIds.SUB_DELIVERY;
import static org.grantwell.workflow.model.VictimsFundingIds.SUB_VARIATION;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_ACCEPT_GRANT_AGREEMENT;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_APPLY_VARIATION;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_DECIDE_VARIATION;
import static org.grantwell.workflow.model.VictimsFundingIds.TASK_SUBMIT_OUTCOME_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_VARIATION_APPROVED;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_VARIATION_ID;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
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

/** Variations: requested by message during delivery only, decided by a grant officer. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/victimsFunding.bpmn")
class VictimsFundingVariationProcessTest {

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

  /** What the application does when an office asks for a variation. */
  private static void requestVariation(long variationId) {
    runtimeService()
        .createMessageCorrelation(MSG_VARIATION_REQUESTED)
        .processInstanceBusinessKey(AllocationProcess.REFERENCE)
        .setVariableToTriggeredScope(VAR_VARIATION_ID, variationId)
        .correlate();
  }

  private static void decide(ProcessInstance instance, boolean approved) {
    complete(
        task(TASK_DECIDE_VARIATION, instance), withVariables(VAR_VARIATION_APPROVED, approved));
  }

  @Test
  void shouldAskAGrantOfficerWhileDeliveryCarriesOnWhenAVariationIsRequested() {
    ProcessInstance instance = AllocationProcess.startBefore(TASK_SUBMIT_OUTCOME_RETURN);

    requestVariation(7L);

    assertThat(instance)
        .hasPassed(START_VARIATION_REQUESTED)
        .isWaitingAtExactly(
            SUB_DELIVERY, TASK_SUBMIT_OUTCOME_RETURN, SUB_VARIATION, TASK_DECIDE_VARIATION);
    assertThat(task(TASK_DECIDE_VARIATION, instance))
        .hasCandidateGroup(CandidateGroups.GRANT_OFFICER);
  }

  @Test
  void shouldApplyTheVariationWhenTheOfficerApprovesIt() throws Exception {
    List<Object> applied = DelegateMocks.recordVariable(delegates.applyVariation, VAR_VARIATION_ID);
    ProcessInstance instance = AllocationProcess.startBefore(TASK_SUBMIT_OUTCOME_RETURN);
    requestVariation(7L);

    decide(instance, true);

    assertThat(instance)
        .hasPassed(TASK_APPLY_VARIATION, END_VARIATION_APPLIED)
        .isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_OUTCOME_RETURN);
    assertThat(applied).containsExactly(7L);
  }

  @Test
  void shouldNotApplyTheVariationWhenTheOfficerDeclinesIt() throws Exception {
    ProcessInstance instance = AllocationProcess.startBefore(TASK_SUBMIT_OUTCOME_RETURN);
    requestVariation(7L);

    decide(instance, false);

    assertThat(instance)
        .hasPassed(END_VARIATION_DECLINED)
        .hasNotPassed(TASK_APPLY_VARIATION)
        .isWaitingAtExactly(SUB_DELIVERY, TASK_SUBMIT_OUTCOME_RETURN);
    verify(delegates.applyVariation, never()).execute(any());
  }

  @Test
  void shouldRefuseAVariationBeforeDeliveryHasStarted() {
    ProcessInstance instance = AllocationProcess.startBefore(TASK_ACCEPT_GRANT_AGREEMENT);

    assertThatThrownBy(() -> requestVariation(7L))
        .isInstanceOf(MismatchingMessageCorrelationException.class);

    assertThat(instance).isWaitingAtExactly(TASK_ACCEPT_GRANT_AGREEMENT);
  }
}
