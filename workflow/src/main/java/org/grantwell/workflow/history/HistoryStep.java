package org.grantwell.workflow.history;

import java.time.Instant;
import java.util.List;

/**
 * One step of a bid's history: a process activity ({@link #PROCESS}) or an audit entry that no
 * user task claimed ({@link #AUDIT}).
 *
 * @param kind {@code PROCESS} or {@code AUDIT}
 * @param activityId the BPMN element id; null for audit steps
 * @param name the activity's name; for audit steps the action
 * @param type the engine's activity type ({@code userTask}, {@code boundaryTimer}); null for audit
 *     steps
 * @param user the user task's assignee, or the audit entry's actor; null otherwise
 * @param startedAt when the activity started or the change happened
 * @param endedAt when the activity ended (null while it runs); for audit steps the change's time
 * @param outcome a completed user task's audit actions, comma separated; {@code CANCELED} for an
 *     activity that was interrupted; the action of an audit step; otherwise null
 * @param audit the audit entries the step made (empty when none)
 */
public record HistoryStep(
    String kind,
    String activityId,
    String name,
    String type,
    String user,
    Instant startedAt,
    Instant endedAt,
    String outcome,
    List<AuditRecord> audit) implements java.io.Serializable {

  public static final String PROCESS = "PROCESS";
  public static final String AUDIT = "AUDIT";

  public HistoryStep {
    audit = audit == null ? List.of() : List.copyOf(audit);
  }
}
