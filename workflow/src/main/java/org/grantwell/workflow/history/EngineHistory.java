package org.grantwell.workflow.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.grantwell.workflow.model.LocalCommissioningIds;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.model.VictimsFundingIds;

/**
 * Reads a bid's process instances from the engine's history (business key = bid reference, any of
 * the three bid lifecycles). Package-private and given the engine services, so that a path test
 * can run it on the in-memory engine without CDI.
 */
final class EngineHistory {

  static final String[] BID_PROCESS_KEYS = {
    SaferStreetsIds.PROCESS_KEY, LocalCommissioningIds.PROCESS_KEY, VictimsFundingIds.PROCESS_KEY
  };
  private static final String MULTI_INSTANCE_BODY = "multiInstanceBody";

  private final HistoryService history;
  private final RepositoryService repository;
  private final RuntimeService runtime;

  EngineHistory(HistoryService history, RepositoryService repository, RuntimeService runtime) {
    this.history = history;
    this.repository = repository;
    this.runtime = runtime;
  }

  /** Every activity instance of the bid's process instances, oldest instance first. */
  List<HistoryTimeline.Activity> activities(String bidReference) {
    List<HistoryTimeline.Activity> all = new ArrayList<>();
    for (HistoricProcessInstance instance : instances(bidReference).orderByProcessInstanceStartTime().asc().list()) {
      Map<String, String> assignees = assignees(instance.getId());
      for (HistoricActivityInstance activity : activityInstances(instance.getId(), false)) {
        all.add(activity(instance.getId(), activity, assignees));
      }
    }
    return all;
  }

  /** The bid's newest process instance on its model, if it has one. */
  Optional<DiagramView> diagram(String bidReference) {
    List<HistoricProcessInstance> newest =
        instances(bidReference).orderByProcessInstanceStartTime().desc().listPage(0, 1);
    if (newest.isEmpty()) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = newest.get(0);
    boolean ended = instance.getEndTime() != null;
    List<String> completed =
        activityInstances(instance.getId(), true).stream()
            .filter(activity -> !activity.isCanceled() && !MULTI_INSTANCE_BODY.equals(activity.getActivityType()))
            .map(HistoricActivityInstance::getActivityId)
            .distinct()
            .toList();
    return Optional.of(
        new DiagramView(
            instance.getProcessDefinitionKey(),
            instance.getId(),
            ended,
            bpmnXml(instance.getProcessDefinitionId()),
            ended ? List.of() : runtime.getActiveActivityIds(instance.getId()),
            completed));
  }

  private HistoricProcessInstanceQuery instances(String bidReference) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(bidReference)
        .processDefinitionKeyIn(BID_PROCESS_KEYS);
  }

  private List<HistoricActivityInstance> activityInstances(String processInstanceId, boolean finishedOnly) {
    var query = history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId);
    if (finishedOnly) {
      query.finished();
    }
    return query.orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
  }

  private Map<String, String> assignees(String processInstanceId) {
    Map<String, String> assignees = new HashMap<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list()) {
      if (task.getAssignee() != null) {
        assignees.put(task.getId(), task.getAssignee());
      }
    }
    return assignees;
  }

  private static HistoryTimeline.Activity activity(
      String processInstanceId, HistoricActivityInstance activity, Map<String, String> assignees) {
    String user = activity.getTaskId() == null ? null : assignees.getOrDefault(activity.getTaskId(), activity.getAssignee());
    return new HistoryTimeline.Activity(
        activity.getActivityId(),
        activity.getActivityName(),
        activity.getActivityType(),
        user,
        instant(activity.getStartTime()),
        instant(activity.getEndTime()),
        activity.isCanceled(),
        processInstanceId.equals(activity.getParentActivityInstanceId()));
  }

  private String bpmnXml(String processDefinitionId) {
    try (InputStream model = repository.getProcessModel(processDefinitionId)) {
      return new String(model.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model of " + processDefinitionId, e);
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
