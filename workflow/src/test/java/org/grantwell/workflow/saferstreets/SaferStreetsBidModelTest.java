package org.grantwell.workflow.saferstreets;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.junit.jupiter.api.Test;

/**
 * Conventions of {@code processes/saferStreetsBid.bpmn} beyond {@code BpmnModelTest}: the whole
 * diagram is drawn, every id is readable and mirrored in {@link SaferStreetsIds}, and delegates are
 * bound by expression to the named beans.
 */
class SaferStreetsBidModelTest {

  private static final Map<Class<? extends BaseElement>, String> PREFIXES =
      Map.of(
          StartEvent.class, "StartEvent_",
          EndEvent.class, "EndEvent_",
          BoundaryEvent.class, "BoundaryEvent_",
          IntermediateCatchEvent.class, "TimerEvent_",
          Task.class, "Task_",
          Gateway.class, "Gateway_",
          SubProcess.class, "Sub_",
          SequenceFlow.class, "Flow_",
          Message.class, "Message_");

  private final BpmnModelInstance model =
      Bpmn.readModelFromStream(
          getClass().getResourceAsStream("/processes/" + SaferStreetsIds.PROCESS_KEY + ".bpmn"));

  private Set<String> idsOf(Class<? extends BaseElement> type) {
    return model.getModelElementsByType(type).stream()
        .map(BaseElement::getId)
        .collect(Collectors.toSet());
  }

  private static Set<String> constants(String... prefixes) throws IllegalAccessException {
    Set<String> values = new java.util.HashSet<>();
    for (Field field : SaferStreetsIds.class.getFields()) {
      boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
      if (constant && Arrays.stream(prefixes).anyMatch(field.getName()::startsWith)) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }

  @Test
  void shouldDeclareTheProcessWithTheRetentionTimeAndVersionTag() {
    Process process = model.getModelElementById(SaferStreetsIds.PROCESS_KEY);

    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLive()).isEqualTo(2555);
    assertThat(process.getCamundaVersionTag()).isEqualTo("1");
  }

  @Test
  void shouldDrawAShapeForEveryFlowNodeAndAnEdgeForEverySequenceFlow() {
    Set<String> shapes =
        model.getModelElementsByType(BpmnShape.class).stream()
            .map(shape -> shape.getBpmnElement().getId())
            .collect(Collectors.toSet());
    Set<String> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .peek(edge -> assertThat(edge.getWaypoints()).hasSizeGreaterThanOrEqualTo(2))
            .map(edge -> edge.getBpmnElement().getId())
            .collect(Collectors.toSet());

    assertThat(shapes).isEqualTo(idsOf(FlowNode.class));
    assertThat(edges).isEqualTo(idsOf(SequenceFlow.class));
    assertThat(model.getModelElementsByType(BpmnShape.class))
        .filteredOn(shape -> shape.getBpmnElement() instanceof SubProcess)
        .allSatisfy(shape -> assertThat(shape.isExpanded()).isTrue());
  }

  @Test
  void shouldGiveEveryElementAReadableIdWithTheTypePrefix() {
    PREFIXES.forEach(
        (type, prefix) ->
            assertThat(idsOf(type))
                .allSatisfy(id -> assertThat(id).matches(prefix + "[A-Z][A-Za-z]+")));
    assertThat(model.getModelElementsByType(BaseElement.class))
        .extracting(BaseElement::getId)
        .filteredOn(java.util.Objects::nonNull)
        .allSatisfy(id -> assertThat(id).doesNotMatch(".*_[0-9a-z]{7}(_di)?"));
  }

  @Test
  void shouldNameConditionalFlowsAfterTheirGatewayWithYesOrNo() {
    List<SequenceFlow> conditional =
        model.getModelElementsByType(SequenceFlow.class).stream()
            .filter(flow -> flow.getConditionExpression() != null)
            .toList();

    assertThat(conditional).hasSize(2 * idsOf(Gateway.class).size());
    assertThat(conditional)
        .allSatisfy(
            flow -> {
              String gateway = flow.getSource().getId().substring("Gateway_".length());
              assertThat(flow.getSource()).isInstanceOf(Gateway.class);
              assertThat(flow.getId()).isEqualTo("Flow_" + gateway + flow.getName());
              assertThat(flow.getName()).isIn("Yes", "No");
            });
  }

  @Test
  void shouldMirrorEveryFlowNodeAndMessageInTheConstants() throws IllegalAccessException {
    Set<String> declared = idsOf(FlowNode.class);
    declared.addAll(idsOf(Message.class));

    assertThat(
            constants(
                "START_", "END_", "TASK_", "GATEWAY_", "BOUNDARY_", "TIMER_", "SUB_", "MESSAGE_"))
        .isEqualTo(declared);
    Message message = model.getModelElementById(SaferStreetsIds.MESSAGE_VARIATION_REQUESTED);
    assertThat(message.getName()).isEqualTo(SaferStreetsIds.MSG_VARIATION_REQUESTED);
  }

  @Test
  void shouldBindEveryServiceTaskByExpressionToADeclaredDelegateBean()
      throws IllegalAccessException {
    Collection<ServiceTask> tasks = model.getModelElementsByType(ServiceTask.class);

    assertThat(tasks).allSatisfy(task -> assertThat(task.getCamundaClass()).isNull());
    assertThat(tasks)
        .extracting(ServiceTask::getCamundaDelegateExpression)
        .map(expression -> expression.replaceAll("^\\$\\{(.+)}$", "$1"))
        .containsExactlyInAnyOrderElementsOf(constants("BEAN_"));
  }

  @Test
  void shouldOfferEveryUserTaskToKnownRolesOnly() {
    Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);

    assertThat(tasks)
        .allSatisfy(
            task ->
                assertThat(task.getCamundaCandidateGroupsList())
                    .isNotEmpty()
                    .isSubsetOf(CandidateGroups.ALL));
  }
}
