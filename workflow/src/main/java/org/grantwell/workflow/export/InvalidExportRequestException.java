package org.grantwell.workflow.export;

/** An export asked for in a format it does not come in, or with a parameter in the wrong form. */
public class InvalidExportRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidExportRequestException(String message) {
    super(message);
  }
}
