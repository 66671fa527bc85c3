package org.grantwell.workflow.model;

import java.util.List;

/** The keys of the BPMN processes; each lives in {@code processes/<key>.bpmn}. */
public final class ProcessKeys {

  /** Waits for a round's closing time and records that its window closed. */
  public static final String ROUND_WINDOW = "roundWindow";

  /** Every process deployed on start. */
  public static final List<String> ALL =
      List.of(ROUND_WINDOW, SaferStreetsIds.PROCESS_KEY, VictimsFundingIds.PROCESS_KEY, LocalCommissioningIds.PROCESS_KEY);

  private ProcessKeys() {}
}
