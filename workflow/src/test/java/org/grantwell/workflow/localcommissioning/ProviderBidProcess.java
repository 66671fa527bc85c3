package org.grantwell.workflow.localcommissioning;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.grantwell.workflow.model.LocalCommissioningIds;

/** Starting the local commissioning process for one provider bid, whole or from a segment. */
final class ProviderBidProcess {

  /** Business key: the provider bid reference. */
  static final String REFERENCE = "LC-2026-0042";

  static final long BID_ID = 5000L;

  /** The engine clock of every test. */
  static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");

  static final String ROUND_CLOSES_AT = "2026-06-01T16:00:00Z";
  static final List<String> ASSESSORS = List.of("assessor.ahmed", "assessor.brown");
  static final String FIRST_PERIOD_END = "2026-09-30T22:59:00Z";
  static final String SECOND_PERIOD_END = "2026-12-31T23:59:00Z";

  private ProviderBidProcess() {}

  /** What the application passes on start: the bid, the round's closing time, the assessors. */
  static Map<String, Object> startVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(LocalCommissioningIds.VAR_BID_ID, BID_ID);
    variables.put(LocalCommissioningIds.VAR_ROUND_CLOSES_AT, ROUND_CLOSES_AT);
    variables.put(LocalCommissioningIds.VAR_ASSESSORS, ASSESSORS);
    return variables;
  }

  static ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            LocalCommissioningIds.PROCESS_KEY, REFERENCE, startVariables());
  }

  /** A segment: the instance starts just before the given activity (and inside its scopes). */
  static ProcessInstance startBefore(String activityId, Map<String, Object> variables) {
    Map<String, Object> all = startVariables();
    all.putAll(variables);
    return runtimeService()
        .createProcessInstanceByKey(LocalCommissioningIds.PROCESS_KEY)
        .businessKey(REFERENCE)
        .setVariables(all)
        .startBeforeActivity(activityId)
        .execute();
  }

  static ProcessInstance startBefore(String activityId) {
    return startBefore(activityId, Map.of());
  }

  /** The open tasks of the instance with the given task definition key. */
  static List<Task> openTasks(ProcessInstance instance, String taskKey) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
  }

  static Date at(String isoInstant) {
    return Date.from(Instant.parse(isoInstant));
  }

  static Date daysAfterNow(int days) {
    return Date.from(NOW.plus(Duration.ofDays(days)));
  }

  static Date daysAfter(String isoInstant, int days) {
    return Date.from(Instant.parse(isoInstant).plus(Duration.ofDays(days)));
  }
}
