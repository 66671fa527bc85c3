package org.grantwell.workflow.lifecycle;

import java.util.Map;

/**
 * What becomes of the task after its handler ran: complete it with these variables, or leave it
 * open (a conflicted assessor's task handed to someone else; a task the handler completed itself).
 */
public record TaskOutcome(boolean complete, Map<String, Object> variables) implements java.io.Serializable {

  public static TaskOutcome completeWith(Map<String, Object> variables) {
    return new TaskOutcome(true, Map.copyOf(variables));
  }

  public static TaskOutcome completeWithout() {
    return new TaskOutcome(true, Map.of());
  }

  public static TaskOutcome leaveOpen() {
    return new TaskOutcome(false, Map.of());
  }
}
