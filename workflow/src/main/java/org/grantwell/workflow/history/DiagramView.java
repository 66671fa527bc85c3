package org.grantwell.workflow.history;

import java.util.List;

/**
 * A bid's newest process instance drawn on its model: the BPMN XML and the ids of the elements to
 * mark as active and as completed.
 *
 * @param processKey the process definition key ({@code saferStreetsBid})
 * @param processInstanceId the engine's id of the instance
 * @param ended whether the instance has ended
 * @param bpmnXml the deployed model the instance runs on
 * @param activeActivityIds the activities waiting now (empty once ended)
 * @param completedActivityIds distinct ids of the activities completed so far, end events reached
 *     included, in the order first completed
 */
public record DiagramView(
    String processKey,
    String processInstanceId,
    boolean ended,
    String bpmnXml,
    List<String> activeActivityIds,
    List<String> completedActivityIds) implements java.io.Serializable {

  public DiagramView {
    activeActivityIds = List.copyOf(activeActivityIds);
    completedActivityIds = List.copyOf(completedActivityIds);
  }
}
