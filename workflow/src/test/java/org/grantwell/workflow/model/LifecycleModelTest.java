package org.grantwell.workflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
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
import java.util.stream.Stream;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conventions of the three grant lifecycle models ({@code saferStreetsBid}, {@code victimsFunding},
 * {@code localCommissioning}) beyond {@link BpmnModelTest}: retention and version tag, a drawn
 * diagram that reads left to right, readable ids mirrored in the process's constants class,
 * delegates bound by expression, gateways reading only the expressions the process allows, and
 * user tasks offered to known roles. Each check runs once per model; where the models differ the
 * expectation is part of the {@link Lifecycle} parameter.
 */
class LifecycleModelTest {

  /** A condition that reads one boolean variable: ${flag}. */
  private static final String FLAG = "\\$\\{[a-z][A-Za-z]+}";

  /** Its negation: ${!flag}. */
  private static final String NOT_FLAG = "\\$\\{![a-z][A-Za-z]+}";

  /** ${flag}, ${!flag} or ${decision == 'VALUE'} joined by ||. */
  private static final String BOOLEAN_OR_DECISION =
      "\\$\\{(!?[a-z][A-Za-z]+|[a-z][A-Za-z]+ == '[A-Z_]+'( \\|\\| [a-z][A-Za-z]+ == '[A-Z_]+')*)}";

  /** An assignee given by expression: ${variable}. */
  private static final String ASSIGNEE_EXPRESSION = "\\$\\{[a-z][A-Za-z]+}";

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

  /**
   * One lifecycle model and what is particular to it.
   *
   * @param key the process key; the model is {@code processes/<key>.bpmn}
   * @param ids the constants class mirroring the model's ids
   * @param yesCondition the pattern of a gateway's "Yes" condition
   * @param noCondition the pattern of a gateway's "No" condition
   * @param assignee the pattern a user task's assignee must match; {@code null}: no assignee
   * @param messages message id constant name to message name constant name
   * @param errors error id constant name to error code constant name
   */
  record Lifecycle(
      String key,
      Class<?> ids,
      String yesCondition,
      String noCondition,
      String assignee,
      Map<String, String> messages,
      Map<String, String> errors) {

    @Override
    public String toString() {
      return key;
    }
  }

  static Stream<Lifecycle> lifecycles() {
    return Stream.of(
        new Lifecycle(
            SaferStreetsIds.PROCESS_KEY,
            SaferStreetsIds.class,
            BOOLEAN_OR_DECISION,
            BOOLEAN_OR_DECISION,
            ASSIGNEE_EXPRESSION,
            Map.of("MESSAGE_VARIATION_REQUESTED", "MSG_VARIATION_REQUESTED"),
            Map.of()),
        new Lifecycle(
            VictimsFundingIds.PROCESS_KEY,
            VictimsFundingIds.class,
            FLAG,
            NOT_FLAG,
            null,
            Map.of("MESSAGE_VARIATION_REQUESTED", "MSG_VARIATION_REQUESTED"),
            Map.of()),
        new Lifecycle(
            LocalCommissioningIds.PROCESS_KEY,
            LocalCommissioningIds.class,
            BOOLEAN_OR_DECISION,
            BOOLEAN_OR_DECISION,
            ASSIGNEE_EXPRESSION,
            Map.of("MESSAGE_VARIATION_REQUESTED", "MSG_VARIATION_REQUESTED"),
            Map.of("ERROR_ALLOCATION_EXCEEDED", "ERR_ALLOCATION_EXCEEDED")));
  }

  private static BpmnModelInstance read(Lifecycle lifecycle) {
    InputStream stream =
        LifecycleModelTest.class.getResourceAsStream("/processes/" + lifecycle.key() + ".bpmn");
    assertThat(stream).as("processes/%s.bpmn on the class path", lifecycle.key()).isNotNull();
    return Bpmn.readModelFromStream(stream);
  }

  private static Set<String> idsOf(BpmnModelInstance model, Class<? extends BaseElement> type) {
    return model.getModelElementsByType(type).stream()
        .map(BaseElement::getId)
        .collect(Collectors.toSet());
  }

  private static Set<String> constants(Class<?> ids, String... prefixes)
      throws IllegalAccessException {
    Set<String> values = new HashSet<>();
    for (Field field : ids.getFields()) {
      boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
      if (constant && Arrays.stream(prefixes).anyMatch(field.getName()::startsWith)) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }

  private static String constant(Class<?> ids, String name) throws ReflectiveOperationException {
    return (String) ids.getField(name).get(null);
  }

  private static Map<String, Bounds> shapeBounds(BpmnModelInstance model) {
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

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldDeclareTheProcessWithTheRetentionTimeAndVersionTag(Lifecycle lifecycle) {
    Process process = read(lifecycle).getModelElementById(lifecycle.key());

    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLive()).isEqualTo(2555);
    assertThat(process.getCamundaVersionTag()).isEqualTo("1");
  }

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldDrawAShapeForEveryFlowNodeAndAnEdgeForEverySequenceFlow(Lifecycle lifecycle) {
    BpmnModelInstance model = read(lifecycle);
    Set<String> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .map(edge -> edge.getBpmnElement().getId())
            .collect(Collectors.toSet());

    assertThat(shapeBounds(model).keySet()).isEqualTo(idsOf(model, FlowNode.class));
    assertThat(model.getModelElementsByType(BpmnShape.class))
        .hasSize(idsOf(model, FlowNode.class).size());
    assertThat(edges).isEqualTo(idsOf(model, SequenceFlow.class));
    assertThat(model.getModelElementsByType(BpmnShape.class))
        .filteredOn(shape -> shape.getBpmnElement() instanceof SubProcess)
        .allSatisfy(shape -> assertThat(shape.isExpanded()).isTrue());
  }

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldConnectEveryEdgeToItsSourceAndTargetShapes(Lifecycle lifecycle) {
    BpmnModelInstance model = read(lifecycle);
    Map<String, Bounds> bounds = shapeBounds(model);

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

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldDrawChildrenInsideTheirSubProcessAndBoundaryEventsOnTheirTask(Lifecycle lifecycle) {
    BpmnModelInstance model = read(lifecycle);
    Map<String, Bounds> bounds = shapeBounds(model);

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

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldLayTheFlowOutLeftToRightExceptForLoopsBack(Lifecycle lifecycle) {
    BpmnModelInstance model = read(lifecycle);
    Map<String, Bounds> bounds = shapeBounds(model);

    assertThat(model.getModelElementsByType(SequenceFlow.class))
        .filteredOn(flow -> flow.getTarget().getIncoming().size() < 2)
        .allSatisfy(
            flow ->
                assertThat(centreX(bounds.get(flow.getTarget().getId())))
                    .as(flow.getId())
                    .isGreaterThanOrEqualTo(centreX(bounds.get(flow.getSource().getId()))));
  }

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldGiveEveryElementAReadableIdWithTheTypePrefix(Lifecycle lifecycle) {
    BpmnModelInstance model = read(lifecycle);

    PREFIXES.forEach(
        (type, prefix) ->
            assertThat(idsOf(model, type))
                .allSatisfy(id -> assertThat(id).matches(prefix + "[A-Z][A-Za-z]+")));
    assertThat(model.getModelElementsByType(BaseElement.class))
        .extracting(BaseElement::getId)
        .filteredOn(Objects::nonNull)
        .allSatisfy(id -> assertThat(id).doesNotMatch(".*_[0-9a-z]{7}(_di)?"));
  }

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldNameConditionalFlowsAfterTheirGatewayAndReadOnlyAllowedConditions(
      Lifecycle lifecycle) {
    BpmnModelInstance model = read(lifecycle);
    List<SequenceFlow> conditional =
        model.getModelElementsByType(SequenceFlow.class).stream()
            .filter(flow -> flow.getConditionExpression() != null)
            .toList();

    assertThat(conditional).hasSize(2 * idsOf(model, Gateway.class).size());
    assertThat(conditional)
        .allSatisfy(
            flow -> {
              String gateway = flow.getSource().getId().substring("Gateway_".length());
              assertThat(flow.getSource()).isInstanceOf(Gateway.class);
              assertThat(flow.getName()).isIn("Yes", "No");
              assertThat(flow.getId()).isEqualTo("Flow_" + gateway + flow.getName());
              assertThat(flow.getConditionExpression().getTextContent())
                  .matches(
                      flow.getName().equals("Yes")
                          ? lifecycle.yesCondition()
                          : lifecycle.noCondition());
            });
  }

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldMirrorEveryFlowNodeMessageAndErrorInTheConstants(Lifecycle lifecycle)
      throws ReflectiveOperationException {
    BpmnModelInstance model = read(lifecycle);
    Set<String> declared = idsOf(model, FlowNode.class);
    declared.addAll(idsOf(model, Message.class));
    declared.addAll(idsOf(model, Error.class));

    assertThat(
            constants(
                lifecycle.ids(),
                "START_", "END_", "TASK_", "GATEWAY_", "BOUNDARY_", "TIMER_", "SUB_", "MESSAGE_",
                "ERROR_"))
        .isEqualTo(declared);
    for (Map.Entry<String, String> entry : lifecycle.messages().entrySet()) {
      Message message = model.getModelElementById(constant(lifecycle.ids(), entry.getKey()));
      assertThat(message.getName()).isEqualTo(constant(lifecycle.ids(), entry.getValue()));
    }
    for (Map.Entry<String, String> entry : lifecycle.errors().entrySet()) {
      Error error = model.getModelElementById(constant(lifecycle.ids(), entry.getKey()));
      assertThat(error.getErrorCode()).isEqualTo(constant(lifecycle.ids(), entry.getValue()));
    }
    assertThat(lifecycle.messages()).hasSameSizeAs(idsOf(model, Message.class));
    assertThat(lifecycle.errors()).hasSameSizeAs(idsOf(model, Error.class));
  }

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldBindEveryServiceTaskByExpressionToADeclaredDelegateBean(Lifecycle lifecycle)
      throws IllegalAccessException {
    BpmnModelInstance model = read(lifecycle);
    Collection<ServiceTask> tasks = model.getModelElementsByType(ServiceTask.class);

    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    assertThat(tasks).allSatisfy(task -> assertThat(task.getCamundaClass()).isNull());
    assertThat(tasks)
        .extracting(ServiceTask::getCamundaDelegateExpression)
        .map(expression -> expression.replaceAll("^\\$\\{(.+)}$", "$1"))
        .containsExactlyInAnyOrderElementsOf(constants(lifecycle.ids(), "BEAN_"));
  }

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldOfferEveryUserTaskToKnownRolesOnly(Lifecycle lifecycle) {
    Collection<UserTask> tasks = read(lifecycle).getModelElementsByType(UserTask.class);

    assertThat(tasks)
        .allSatisfy(
            task ->
                assertThat(task.getCamundaCandidateGroupsList())
                    .isNotEmpty()
                    .isSubsetOf(CandidateGroups.ALL));
    if (lifecycle.assignee() == null) {
      assertThat(tasks).allSatisfy(task -> assertThat(task.getCamundaAssignee()).isNull());
    } else {
      assertThat(tasks)
          .extracting(UserTask::getCamundaAssignee)
          .filteredOn(Objects::nonNull)
          .allSatisfy(assignee -> assertThat(assignee).matches(lifecycle.assignee()));
    }
  }
}
