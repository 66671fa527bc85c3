package org.grantwell.workflow.engine;

/** The name of the one embedded engine. */
public final class ProcessEngines {

  public static final String NAME = "default";

  private ProcessEngines() {}
}
