package org.grantwell.workflow.shared;

import java.util.List;

/** Input that cannot be accepted as it stands (HTTP 422, a message per field); nothing was written. */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? "Invalid input" : errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String code, String field, String message) {
    this(List.of(new FieldError(code, field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
