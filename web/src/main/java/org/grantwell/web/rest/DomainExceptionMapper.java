package org.grantwell.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.shared.StaleEditException;

/** The application services' exceptions as HTTP answers: 422, 404, 409, 403. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<RuntimeException> {

  @Override
  public Response toResponse(RuntimeException exception) {
    if (exception instanceof InvalidInputException invalid) {
      return Problem.response(422, "Unprocessable Content", invalid.getMessage(), invalid.errors());
    }
    if (exception instanceof NotFoundException) {
      return Problem.response(Response.Status.NOT_FOUND, exception.getMessage());
    }
    if (exception instanceof StaleEditException) {
      return Problem.response(Response.Status.CONFLICT, exception.getMessage());
    }
    if (exception instanceof ForbiddenActionException) {
      return Problem.response(Response.Status.FORBIDDEN, exception.getMessage());
    }
    return UnexpectedExceptions.toResponse(exception);
  }
}
