package org.grantwell.workflow.lifecycle;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.grantwell.db.bid.BidStatus;
import org.grantwell.workflow.model.LocalCommissioningIds;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.model.VictimsFundingIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BidStagesTest {

  /**
   * One lifecycle process: its key, the constants class mirroring its model's ids and the status
   * each of its main steps gives the bid.
   */
  record Lifecycle(String key, Class<?> ids, Map<String, BidStatus> stages) {

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
            Map.ofEntries(
                entry(SaferStreetsIds.TASK_DRAFT_BID, BidStatus.DRAFT),
                entry(SaferStreetsIds.TASK_SIGN_OFF_BID, BidStatus.AWAITING_SIGN_OFF),
                entry(SaferStreetsIds.TASK_SUBMIT_BID, BidStatus.SIGNED_OFF),
                entry(SaferStreetsIds.TASK_MARK_BID_LATE, BidStatus.LATE),
                entry(SaferStreetsIds.TASK_CHECK_ELIGIBILITY, BidStatus.SUBMITTED),
                entry(SaferStreetsIds.END_BID_INELIGIBLE, BidStatus.INELIGIBLE),
                entry(SaferStreetsIds.TASK_ASSESS_BID, BidStatus.IN_ASSESSMENT),
                entry(SaferStreetsIds.TASK_MODERATE_SCORES, BidStatus.IN_MODERATION),
                entry(SaferStreetsIds.TASK_DECIDE_FUNDING, BidStatus.AWAITING_DECISION),
                entry(SaferStreetsIds.END_BID_DECLINED, BidStatus.DECLINED),
                entry(SaferStreetsIds.TASK_ACCEPT_OFFER, BidStatus.OFFERED),
                entry(SaferStreetsIds.END_OFFER_LAPSED, BidStatus.OFFER_LAPSED),
                entry(SaferStreetsIds.SUB_DELIVERY, BidStatus.IN_DELIVERY),
                entry(SaferStreetsIds.TASK_SUBMIT_FINAL_RETURN, BidStatus.FINAL_RETURN_DUE),
                entry(SaferStreetsIds.END_AWARD_CLOSED, BidStatus.CLOSED))),
        new Lifecycle(
            LocalCommissioningIds.PROCESS_KEY,
            LocalCommissioningIds.class,
            Map.ofEntries(
                entry(LocalCommissioningIds.TASK_DRAFT_BID, BidStatus.DRAFT),
                entry(LocalCommissioningIds.TASK_SUBMIT_BID, BidStatus.READY_TO_SUBMIT),
                entry(LocalCommissioningIds.TASK_MARK_BID_LATE, BidStatus.LATE),
                entry(LocalCommissioningIds.TASK_CHECK_ELIGIBILITY, BidStatus.SUBMITTED),
                entry(LocalCommissioningIds.END_BID_INELIGIBLE, BidStatus.INELIGIBLE),
                entry(LocalCommissioningIds.TASK_ASSESS_BID, BidStatus.IN_ASSESSMENT),
                entry(LocalCommissioningIds.TASK_MODERATE_SCORES, BidStatus.IN_MODERATION),
                entry(LocalCommissioningIds.TASK_DECIDE_FUNDING, BidStatus.AWAITING_DECISION),
                entry(LocalCommissioningIds.END_BID_DECLINED, BidStatus.DECLINED),
                entry(LocalCommissioningIds.END_ALLOCATION_EXCEEDED, BidStatus.DECLINED),
                entry(LocalCommissioningIds.TASK_ACCEPT_OFFER, BidStatus.OFFERED),
                entry(LocalCommissioningIds.END_OFFER_LAPSED, BidStatus.OFFER_LAPSED),
                entry(LocalCommissioningIds.SUB_DELIVERY, BidStatus.IN_DELIVERY),
                entry(LocalCommissioningIds.TASK_SUBMIT_FINAL_RETURN, BidStatus.FINAL_RETURN_DUE),
                entry(LocalCommissioningIds.END_AWARD_CLOSED, BidStatus.CLOSED))),
        new Lifecycle(
            VictimsFundingIds.PROCESS_KEY,
            VictimsFundingIds.class,
            Map.ofEntries(
                entry(VictimsFundingIds.TASK_SUBMIT_SPENDING_PLAN, BidStatus.DRAFT),
                entry(VictimsFundingIds.TASK_REVIEW_SPENDING_PLAN, BidStatus.AWAITING_DECISION),
                entry(VictimsFundingIds.TASK_ACCEPT_GRANT_AGREEMENT, BidStatus.OFFERED),
                entry(VictimsFundingIds.SUB_DELIVERY, BidStatus.IN_DELIVERY),
                entry(VictimsFundingIds.TASK_SUBMIT_FINAL_RETURN, BidStatus.FINAL_RETURN_DUE),
                entry(VictimsFundingIds.END_ALLOCATION_CLOSED, BidStatus.CLOSED))));
  }

  static Stream<Arguments> stages() {
    return lifecycles()
        .flatMap(
            lifecycle ->
                lifecycle.stages().entrySet().stream()
                    .map(stage -> Arguments.of(lifecycle.key(), stage.getKey(), stage.getValue())));
  }

  private static BpmnModelInstance model(String key) throws IOException {
    try (InputStream stream = BidStagesTest.class.getResourceAsStream("/processes/" + key + ".bpmn")) {
      assertThat(stream).as("processes/%s.bpmn on the classpath", key).isNotNull();
      return Bpmn.readModelFromStream(stream);
    }
  }

  /** Every id of the constants class that BidStages maps to a status in this process. */
  private static Map<String, BidStatus> mappedIds(Lifecycle lifecycle) throws IllegalAccessException {
    Map<String, BidStatus> mapped = new HashMap<>();
    for (Field field : lifecycle.ids().getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
        String id = (String) field.get(null);
        BidStages.reached(lifecycle.key(), id).ifPresent(status -> mapped.put(id, status));
      }
    }
    return mapped;
  }

  @ParameterizedTest(name = "{0}: {1} gives {2}")
  @MethodSource("stages")
  void shouldGiveTheStepsStatusWhenTheProcessReachesIt(String key, String activityId, BidStatus status) {
    assertThat(BidStages.reached(key, activityId)).contains(status);
  }

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldSetStatusAtNoOtherStepOfTheProcess(Lifecycle lifecycle) throws IllegalAccessException {
    assertThat(mappedIds(lifecycle)).isEqualTo(lifecycle.stages());
  }

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldNameOnlyActivitiesThatExistInTheProcessModel(Lifecycle lifecycle) throws Exception {
    BpmnModelInstance model = model(lifecycle.key());

    assertThat(mappedIds(lifecycle).keySet())
        .filteredOn(id -> model.getModelElementById(id) == null)
        .as("stage ids missing from processes/%s.bpmn", lifecycle.key())
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("lifecycles")
  void shouldNameOnlyActivityKindsTheStageListenerIsAddedTo(Lifecycle lifecycle) throws Exception {
    BpmnModelInstance model = model(lifecycle.key());

    assertThat(mappedIds(lifecycle).keySet())
        .filteredOn(
            id -> {
              ModelElementInstance element = model.getModelElementById(id);
              return !(element instanceof UserTask
                  || element instanceof ServiceTask
                  || element instanceof EndEvent
                  || element instanceof SubProcess);
            })
        .as("stage ids of processes/%s.bpmn BidStageParseListener does not listen to", lifecycle.key())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "saferStreetsBid, StartEvent_BidStarted",
    "saferStreetsBid, EndEvent_BidSubmitted",
    "saferStreetsBid, Gateway_BidEligible",
    "saferStreetsBid, Task_ComputeScores",
    "saferStreetsBid, Task_VerifyReturn",
    "localCommissioning, Task_CommitAward",
    "localCommissioning, Task_SubmitMonitoringReturn",
    "victimsFunding, Task_ComputeAllocation",
    "victimsFunding, Task_SubmitOutcomeReturn",
  })
  void shouldGiveNoStatusWhenActivityIsNotAMainStep(String key, String activityId) {
    assertThat(BidStages.reached(key, activityId)).isEmpty();
  }

  @Test
  void shouldGiveNoStatusWhenActivityIdUnknown() {
    assertThat(BidStages.reached(SaferStreetsIds.PROCESS_KEY, "Task_NoSuchStep")).isEmpty();
  }

  @Test
  void shouldGiveNoStatusWhenProcessKeyUnknown() {
    assertThat(BidStages.reached("roundWindow", SaferStreetsIds.TASK_DRAFT_BID)).isEmpty();
  }

  @Test
  void shouldGiveNoStatusWhenStepBelongsToAnotherProcess() {
    assertThat(BidStages.reached(LocalCommissioningIds.PROCESS_KEY, SaferStreetsIds.TASK_SIGN_OFF_BID))
        .isEmpty();
  }

  @Test
  void shouldCountStepOfAnyLifecycleAsAStage() {
    assertThat(Stream.of(SaferStreetsIds.TASK_SIGN_OFF_BID, VictimsFundingIds.TASK_REVIEW_SPENDING_PLAN))
        .allMatch(BidStages::isStageOfAny);
  }

  @Test
  void shouldNotCountUnmappedActivityAsAStage() {
    assertThat(BidStages.isStageOfAny(SaferStreetsIds.TASK_COMPUTE_SCORES)).isFalse();
  }
}
