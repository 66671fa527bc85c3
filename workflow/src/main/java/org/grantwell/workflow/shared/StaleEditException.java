package org.grantwell.workflow.shared;

/** The record changed since the caller read it (HTTP 409); nothing was overwritten. */
public class StaleEditException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StaleEditException(String message) {
    super(message);
  }
}
