package org.grantwell.workflow.victims;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.grantwell.workflow.model.VictimsFundingIds;

/** Starting the victims' funding process for one office's allocation, whole or from a segment. */
final class AllocationProcess {

  /** Business key: the allocation reference. */
  static final String REFERENCE = "VF-2026-SURREY";

  static final long ROUND_ID = 12L;
  static final long ORGANISATION_ID = 44L;
  static final long ALLOCATION_ID = 3000L;

  /** The engine clock of every test. */
  static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

  /** Half-yearly reporting: the ends of the first two periods (23:59 UK time). */
  static final String FIRST_PERIOD_END = "2026-09-30T22:59:00Z";

  static final String SECOND_PERIOD_END = "2027-03-31T22:59:00Z";

  private AllocationProcess() {}

  /** What the application passes on start: the round, the office and the allocation. */
  static Map<String, Object> startVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VictimsFundingIds.VAR_ROUND_ID, ROUND_ID);
    variables.put(VictimsFundingIds.VAR_ORGANISATION_ID, ORGANISATION_ID);
    variables.put(VictimsFundingIds.VAR_ALLOCATION_ID, ALLOCATION_ID);
    return variables;
  }

  static ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(VictimsFundingIds.PROCESS_KEY, REFERENCE, startVariables());
  }

  /** A segment: the instance starts just before the given activity (and inside its scopes). */
  static ProcessInstance startBefore(String activityId, Map<String, Object> variables) {
    Map<String, Object> all = startVariables();
    all.putAll(variables);
    return runtimeService()
        .createProcessInstanceByKey(VictimsFundingIds.PROCESS_KEY)
        .businessKey(REFERENCE)
        .setVariables(all)
        .startBeforeActivity(activityId)
        .execute();
  }

  static ProcessInstance startBefore(String activityId) {
    return startBefore(activityId, Map.of());
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
