package org.grantwell.workflow.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.grantwell.workflow.model.LocalCommissioningIds;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.model.VictimsFundingIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskSideTest {

  private static List<String> userTaskIds(String processKey) throws IOException {
    try (InputStream stream =
        TaskSideTest.class.getResourceAsStream("/processes/" + processKey + ".bpmn")) {
      assertThat(stream).as("processes/%s.bpmn on the classpath", processKey).isNotNull();
      BpmnModelInstance model = Bpmn.readModelFromStream(stream);
      return model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        SaferStreetsIds.PROCESS_KEY,
        LocalCommissioningIds.PROCESS_KEY,
        VictimsFundingIds.PROCESS_KEY
      })
  void shouldGiveEveryUserTaskOfALifecycleModelASide(String processKey) throws IOException {
    List<String> userTasks = userTaskIds(processKey);

    assertThat(userTasks).as("user tasks of %s", processKey).isNotEmpty();
    assertThat(userTasks)
        .filteredOn(id -> TaskSide.of(id) == null)
        .as("user tasks of %s without a TaskSide", processKey)
        .isEmpty();
  }

  @Test
  void shouldPutDraftingOnTheLeadOrganisationsSide() {
    assertThat(TaskSide.of(SaferStreetsIds.TASK_DRAFT_BID)).isEqualTo(TaskSide.LEAD);
  }

  @Test
  void shouldPutSignOffOnThePccOfficesSide() {
    assertThat(TaskSide.of(SaferStreetsIds.TASK_SIGN_OFF_BID)).isEqualTo(TaskSide.PCC_OFFICE);
  }

  @Test
  void shouldPutAssessmentOnTheFundersSide() {
    assertThat(TaskSide.of(SaferStreetsIds.TASK_ASSESS_BID)).isEqualTo(TaskSide.FUNDER);
  }

  @Test
  void shouldPutSpendingPlanReviewOnTheFundersSide() {
    assertThat(TaskSide.of(VictimsFundingIds.TASK_REVIEW_SPENDING_PLAN)).isEqualTo(TaskSide.FUNDER);
  }

  @Test
  void shouldGiveNoSideToTaskOfNoLifecycle() {
    assertThat(TaskSide.of("Task_NoSuchStep")).isNull();
  }
}
