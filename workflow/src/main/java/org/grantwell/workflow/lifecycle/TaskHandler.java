package org.grantwell.workflow.lifecycle;

import java.util.Set;

/**
 * Completes one kind of lifecycle user task: checks the form (422 with every problem, nothing
 * written), checks the rules of who may do it, writes the domain records and their audit, and
 * gives the variables the process goes on with, all in the caller's transaction.
 */
public interface TaskHandler {

  /** The task definition keys this handler completes (in whichever lifecycle process). */
  Set<String> taskKeys();

  TaskOutcome complete(TaskContext context, FormReader form);
}
