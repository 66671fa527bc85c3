package org.grantwell.workflow.localcommissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.model.LocalCommissioningIds;
import org.junit.jupiter.api.Test;

/**
 * Conventions of {@code processes/localCommissioning.bpmn}: retention and version tag, a drawn
 * diagram that reads left to right, readable ids mirrored in {@link LocalCommissioningIds},
 * delegates bound by expression, gateways reading booleans or decision strings only, and user
 * tasks offered to known roles (assessments assigned by expression, never to a user id).
 */
class LocalCommissioningModelTest {

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
          Message.class, "Message_",
          Error.class, "Error_");

  /** ${flag}, ${!flag} or ${decision == 'VALUE'} joined by ||. */
  private static final String BOOLEAN_OR_DECISION =
      "\\$\\{(!?[a-z][A-Za-z]+|[a-z][A-Za-z]+ == '[A-Z_]+'( \\|\\| [a-z][A-Za-z]+ == '[A-Z_]+')*)}";

  private final BpmnModelInstance model =
      Bpmn.readModelFromStream(
          getClass()
              .getResourceAsStream(
                  "/processes/" + LocalCommissioningIds.PROCESS_KEY + ".bpmn"));

  private Set<String> idsOf(Class<? extends BaseElement> type) {
    return model.getModelElementsByType(type).stream()
        .map(BaseElement::getId)
        .collect(Collectors.toSet());
  }

  private static Set<String> constants(String... prefixes) throws IllegalAccessException {
    Set<String> values = new HashSet<>();
    for (Field field : LocalCommissioningIds.class.getFields()) {
      boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
      if (constant && Arrays.stream(prefixes).anyMatch(field.getName()::startsWith)) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }

  private Map<String, Bounds> shapeBounds() {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .collect(Collectors.toMap(shape -> shape.getBpmnElement().getId(), BpmnShape::getBounds));
  }

  private static boolean touches(Bounds bounds, Waypoint point) {
    double tolerance = 1;
    return point.getX() >= bounds.getX() - tolerance
        && point.getX() <= bounds.getX() + bounds.getWidth() + tolerance
        && point.getY() >= bounds.getY() - tolerance
        && point.getY() <= bounds.getY() + bounds.getHeight() + tolerance;
  }

  private static double centreX(Bounds bounds) {
    return bounds.getX() + bounds.getWidth() / 2;
  }

  private static boolean inside(Bounds inner, Bounds outer) {
    return inner.getX() >= outer.getX()
        && inner.getY() >= outer.getY()
        && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
        && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
  }

  @Test
  void shouldDeclareTheProcessWithTheRetentionTimeAndVersionTag() {
    Process process = model.getModelElementById(LocalCommissioningIds.PROCESS_KEY);

    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLive()).isEqualTo(2555);
    assertThat(process.getCamundaVersionTag()).isEqualTo("1");
  }

  @Test
  void shouldDrawAShapeForEveryFlowNodeAndAnEdgeForEverySequenceFlow() {
    Set<String> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .map(edge -> edge.getBpmnElement().getId())
            .collect(Collectors.toSet());

    assertThat(shapeBounds().keySet()).isEqualTo(idsOf(FlowNode.class));
    assertThat(model.getModelElementsByType(BpmnShape.class)).hasSize(idsOf(FlowNode.class).size());
    assertThat(edges).isEqualTo(idsOf(SequenceFlow.class));
    assertThat(model.getModelElementsByType(BpmnShape.class))
        .filteredOn(shape -> shape.getBpmnElement() instanceof SubProcess)
        .allSatisfy(shape -> assertThat(shape.isExpanded()).isTrue());
  }

  @Test
  void shouldConnectEveryEdgeToItsSourceAndTargetShapes() {
    Map<String, Bounds> bounds = shapeBounds();

    assertThat(model.getModelElementsByType(BpmnEdge.class))
        .allSatisfy(
            edge -> {
              SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
              List<Waypoint> points = List.copyOf(edge.getWaypoints());
              assertThat(points).hasSizeGreaterThanOrEqualTo(2);
              assertThat(touches(bounds.get(flow.getSource().getId()), points.get(0)))
                  .as("%s starts on %s", flow.getId(), flow.getSource().getId())
                  .isTrue();
              Waypoint last = points.get(points.size() - 1);
              assertThat(touches(bounds.get(flow.getTarget().getId()), last))
                  .as("%s ends on %s", flow.getId(), flow.getTarget().getId())
                  .isTrue();
            });
  }

  @Test
  void shouldDrawChildrenInsideTheirSubProcessAndBoundaryEventsOnTheirTask() {
    Map<String, Bounds> bounds = shapeBounds();

    assertThat(model.getModelElementsByType(SubProcess.class))
        .allSatisfy(
            sub ->
                assertThat(sub.getFlowElements())
                    .filteredOn(FlowNode.class::isInstance)
                    .allSatisfy(
                        child ->
                            assertThat(inside(bounds.get(child.getId()), bounds.get(sub.getId())))
                                .as("%s inside %s", child.getId(), sub.getId())
                                .isTrue()));
    assertThat(model.getModelElementsByType(BoundaryEvent.class))
        .allSatisfy(
            event -> {
              Bounds circle = bounds.get(event.getId());
              Bounds host = bounds.get(event.getAttachedTo().getId());
              double centreX = circle.getX() + circle.getWidth() / 2;
              double centreY = circle.getY() + circle.getHeight() / 2;
              boolean onHorizontalEdge =
                  centreY == host.getY() || centreY == host.getY() + host.getHeight();
              boolean onVerticalEdge =
                  centreX == host.getX() || centreX == host.getX() + host.getWidth();
              assertThat(onHorizontalEdge || onVerticalEdge).as(event.getId()).isTrue();
            });
  }

  @Test
  void shouldLayTheFlowOutLeftToRightExceptForLoopsBack() {
    Map<String, Bounds> bounds = shapeBounds();

    assertThat(model.getModelElementsByType(SequenceFlow.class))
        .filteredOn(flow -> flow.getTarget().getIncoming().size() < 2)
        .allSatisfy(
            flow ->
                assertThat(centreX(bounds.get(flow.getTarget().getId())))
                    .as(flow.getId())
                    .isGreaterThanOrEqualTo(centreX(bounds.get(flow.getSource().getId()))));
  }

  @Test
  void shouldGiveEveryElementAReadableIdWithTheTypePrefix() {
    PREFIXES.forEach(
        (type, prefix) ->
            assertThat(idsOf(type))
                .allSatisfy(id -> assertThat(id).matches(prefix + "[A-Z][A-Za-z]+")));
    assertThat(model.getModelElementsByType(BaseElement.class))
        .extracting(BaseElement::getId)
        .filteredOn(Objects::nonNull)
        .allSatisfy(id -> assertThat(id).doesNotMatch(".*_[0-9a-z]{7}(_di)?"));
  }

  @Test
  void shouldNameConditionalFlowsAfterTheirGatewayAndReadOnlyBooleansOrDecisions() {
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
              assertThat(flow.getName()).isIn("Yes", "No");
              assertThat(flow.getId()).isEqualTo("Flow_" + gateway + flow.getName());
              assertThat(flow.getConditionExpression().getTextContent())
                  .matches(BOOLEAN_OR_DECISION);
            });
  }

  @Test
  void shouldMirrorEveryFlowNodeMessageAndErrorInTheConstants() throws IllegalAccessException {
    Set<String> declared = idsOf(FlowNode.class);
    declared.addAll(idsOf(Message.class));
    declared.addAll(idsOf(Error.class));

    assertThat(
            constants(
                "START_", "END_", "TASK_", "GATEWAY_", "BOUNDARY_", "TIMER_", "SUB_", "MESSAGE_",
                "ERROR_"))
        .isEqualTo(declared);
    Error error = model.getModelElementById(LocalCommissioningIds.ERROR_ALLOCATION_EXCEEDED);
    assertThat(error.getErrorCode()).isEqualTo(LocalCommissioningIds.ERR_ALLOCATION_EXCEEDED);
    Message message = model.getModelElementById(LocalCommissioningIds.MESSAGE_VARIATION_REQUESTED);
    assertThat(message.getName()).isEqualTo(LocalCommissioningIds.MSG_VARIATION_REQUESTED);
  }

  @Test
  void shouldBindEveryServiceTaskByExpressionToADeclaredDelegateBean()
      throws IllegalAccessException {
    Collection<ServiceTask> tasks = model.getModelElementsByType(ServiceTask.class);

    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
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
    assertThat(tasks)
        .extracting(UserTask::getCamundaAssignee)
        .filteredOn(Objects::nonNull)
        .allSatisfy(assignee -> assertThat(assignee).matches("\\$\\{[a-z][A-Za-z]+}"));
  }
}
