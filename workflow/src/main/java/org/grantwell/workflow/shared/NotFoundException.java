package org.grantwell.workflow.shared;

/**
 * The record does not exist, or the caller may not know that it does (another organisation's
 * records answer the same way, so their existence does not leak): HTTP 404.
 */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
