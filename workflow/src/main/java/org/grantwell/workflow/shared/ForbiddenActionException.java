package org.grantwell.workflow.shared;

/** The caller may see the record but not do this to it (HTTP 403). */
public class ForbiddenActionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ForbiddenActionException(String message) {
    super(message);
  }
}
