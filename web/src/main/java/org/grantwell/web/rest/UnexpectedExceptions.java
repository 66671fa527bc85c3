package org.grantwell.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Exceptions that are not the application's own: a stale write found at commit (409), unreadable
 * JSON (400), the database unreachable (503), JAX-RS's own answers, and anything else (500, logged,
 * with no detail leaked).
 */
final class UnexpectedExceptions {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptions.class.getName());

  private UnexpectedExceptions() {}

  static Response toResponse(Throwable exception) {
    if (exception instanceof WebApplicationException web) {
      Response original = web.getResponse();
      if (original.hasEntity()) {
        return original;
      }
      Response.StatusType status = original.getStatusInfo();
      return Problem.response(status.getStatusCode(), status.getReasonPhrase(), detail(status.getStatusCode()), java.util.List.of());
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      String name = cause.getClass().getSimpleName();
      if (name.equals("OptimisticLockException")) {
        return Problem.response(Response.Status.CONFLICT, "Someone else changed this record at the same moment; reload it and try again");
      }
      if (cause instanceof JsonbException) {
        return Problem.response(Response.Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape");
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "The database cannot be reached just now; nothing was changed. Try again shortly");
      }
    }
    LOG.log(Level.SEVERE, "Unexpected failure answering an API request", exception);
    return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed");
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 -> "The request cannot be read";
      case 401 -> "Sign in with your Grantwell user name and password (HTTP Basic)";
      case 403 -> "You may not do this";
      case 404 -> "There is nothing here";
      case 405 -> "This address does not accept that method";
      case 406, 415 -> "Send and accept application/json";
      default -> "The request could not be answered";
    };
  }
}
