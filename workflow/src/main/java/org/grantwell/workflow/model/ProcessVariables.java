package org.grantwell.workflow.model;

/** Names of process variables: ids and primitives only, never entities or amounts. */
public final class ProcessVariables {

  public static final String ROUND_ID = "roundId";
  /** The bid a process instance is about (its business key is the bid's reference). */
  public static final String BID_ID = "bidId";
  /** ISO-8601 instant at which a round's window closes; read by the closing timer. */
  public static final String CLOSES_AT = "closesAt";

  private ProcessVariables() {}
}
