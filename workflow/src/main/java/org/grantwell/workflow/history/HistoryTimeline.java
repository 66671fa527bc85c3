package org.grantwell.workflow.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Merges a bid's process activities and audit entries into one timeline, sorted by time (stable:
 * at the same instant, activities in the engine's order come before audit entries in id order).
 * Only the activities a reader cares about are shown: tasks, timer and message events, the
 * process's own start event, end events and sub-processes; gateways and multi-instance bodies are
 * not. A completed user task claims the audit entries its assignee made while it was open (from
 * its start to {@link #TOLERANCE} after its end, as the audit and the engine read their clocks
 * separately): they become its outcome and its {@code audit} list instead of steps of their own.
 * An entry in the window of two tasks goes to the one that ended first. Pure: no engine types.
 */
final class HistoryTimeline {

  static final Duration TOLERANCE = Duration.ofSeconds(2);
  static final String CANCELED = "CANCELED";

  private static final String USER_TASK = "userTask";
  private static final String START_EVENT = "startEvent";
  private static final Set<String> SHOWN_TYPES =
      Set.of(
          USER_TASK,
          "serviceTask",
          "intermediateTimer",
          "boundaryTimer",
          "intermediateMessageCatch",
          "boundaryMessage",
          "boundaryError",
          "subProcess");

  /**
   * One historic activity instance, as read from the engine.
   *
   * @param user the assignee of a user task, else null
   * @param canceled whether the activity was interrupted instead of completing
   * @param topLevel whether it sits directly in the process, not in a sub-process
   */
  record Activity(
      String activityId,
      String name,
      String type,
      String user,
      Instant startedAt,
      Instant endedAt,
      boolean canceled,
      boolean topLevel) implements java.io.Serializable {}

  private HistoryTimeline() {}

  static List<HistoryStep> merge(List<Activity> activities, List<AuditRecord> audit) {
    List<Activity> shown = activities.stream().filter(HistoryTimeline::shown).toList();
    List<List<AuditRecord>> made = shown.stream().map(a -> new ArrayList<AuditRecord>()).collect(Collectors.toList());
    boolean[] claimed = new boolean[audit.size()];
    IntStream.range(0, shown.size())
        .filter(i -> completedUserTask(shown.get(i)))
        .boxed()
        .sorted(Comparator.comparing(i -> shown.get(i).endedAt()))
        .forEach(i -> claim(shown.get(i), made.get(i), audit, claimed));
    List<HistoryStep> steps = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      steps.add(processStep(shown.get(i), made.get(i)));
    }
    for (int j = 0; j < audit.size(); j++) {
      if (!claimed[j]) {
        steps.add(auditStep(audit.get(j)));
      }
    }
    steps.sort(Comparator.comparing(HistoryStep::startedAt, Comparator.nullsLast(Comparator.naturalOrder())));
    return List.copyOf(steps);
  }

  static boolean shown(Activity activity) {
    String type = activity.type();
    if (type == null) {
      return false;
    }
    if (type.equals(START_EVENT)) {
      return activity.topLevel();
    }
    return SHOWN_TYPES.contains(type) || type.endsWith("EndEvent");
  }

  private static boolean completedUserTask(Activity activity) {
    return USER_TASK.equals(activity.type())
        && activity.endedAt() != null
        && !activity.canceled()
        && activity.user() != null;
  }

  private static void claim(Activity task, List<AuditRecord> made, List<AuditRecord> audit, boolean[] claimed) {
    Instant until = task.endedAt().plus(TOLERANCE);
    for (int j = 0; j < audit.size(); j++) {
      AuditRecord entry = audit.get(j);
      if (!claimed[j]
          && task.user().equals(entry.actor())
          && !entry.occurredAt().isBefore(task.startedAt())
          && !entry.occurredAt().isAfter(until)) {
        claimed[j] = true;
        made.add(entry);
      }
    }
    made.sort(Comparator.comparing(AuditRecord::occurredAt));
  }

  private static HistoryStep processStep(Activity activity, List<AuditRecord> made) {
    String outcome;
    if (activity.canceled()) {
      outcome = CANCELED;
    } else if (!made.isEmpty()) {
      outcome = made.stream().map(AuditRecord::action).distinct().collect(Collectors.joining(","));
    } else {
      outcome = null;
    }
    return new HistoryStep(
        HistoryStep.PROCESS,
        activity.activityId(),
        activity.name(),
        activity.type(),
        activity.user(),
        activity.startedAt(),
        activity.endedAt(),
        outcome,
        made);
  }

  private static HistoryStep auditStep(AuditRecord entry) {
    return new HistoryStep(
        HistoryStep.AUDIT,
        null,
        entry.action(),
        null,
        entry.actor(),
        entry.occurredAt(),
        entry.occurredAt(),
        entry.action(),
        List.of(entry));
  }
}
