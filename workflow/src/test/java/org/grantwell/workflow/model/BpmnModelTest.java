package org.grantwell.workflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every deployed model parses, follows the id conventions and carries what the engine needs. */
class BpmnModelTest {

  static Stream<String> processKeys() {
    return Stream.concat(ProcessKeys.ALL.stream(), Stream.of(SaferStreetsIds.PROCESS_KEY)).distinct();
  }

  private static BpmnModelInstance read(String key) {
    InputStream stream = BpmnModelTest.class.getResourceAsStream("/processes/" + key + ".bpmn");
    assertThat(stream).as("processes/%s.bpmn on the class path", key).isNotNull();
    return Bpmn.readModelFromStream(stream);
  }

  @ParameterizedTest
  @MethodSource("processKeys")
  void shouldDeclareTheProcessUnderItsKeyWithHistoryTimeToLiveAndVersionTag(String key) {
    Process process = read(key).getModelElementById(key);

    assertThat(process).isNotNull();
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(process.getCamundaVersionTag()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("processKeys")
  void shouldUseReadableIdsOnTasksGatewaysAndEndEvents(String key) {
    BpmnModelInstance model = read(key);
    List<BaseElement> named =
        Stream.of(Task.class, Gateway.class, EndEvent.class)
            .flatMap(type -> model.getModelElementsByType(type).stream())
            .map(BaseElement.class::cast)
            .toList();

    assertThat(named).isNotEmpty();
    assertThat(named)
        .allSatisfy(element -> assertThat(element.getId()).matches("(Task|Gateway|EndEvent)_[A-Z][A-Za-z]+"));
  }

  @ParameterizedTest
  @MethodSource("processKeys")
  void shouldOfferUserTasksOnlyToKnownRoles(String key) {
    Collection<UserTask> tasks = read(key).getModelElementsByType(UserTask.class);

    assertThat(tasks)
        .allSatisfy(
            task ->
                assertThat(CandidateGroups.ALL).containsAll(task.getCamundaCandidateGroupsList()));
  }

  @ParameterizedTest
  @MethodSource("processKeys")
  void shouldDrawEveryFlowNodeSoThatAModellerOpensItCleanly(String key) {
    BpmnModelInstance model = read(key);
    long nodes = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class).size();

    assertThat(model.getModelElementsByType(BpmnShape.class)).hasSize((int) nodes);
  }
}
