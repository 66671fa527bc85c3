package org.grantwell.workflow.lifecycle;

import java.time.Instant;
import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.security.Caller;

/**
 * What a task handler works on: who acts, which task of which process, the bid, the time.
 *
 * @param executionId the task's execution (to read the variables local to it)
 */
public record TaskContext(
    Caller caller, String taskId, String taskKey, String processKey, String processInstanceId, String executionId,
    Bid bid, Instant now) implements java.io.Serializable {

  public boolean isProcess(String key) {
    return processKey.equals(key);
  }
}
