package org.grantwell.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantwell.workflow.shared.FieldError;

/**
 * Exceptions that are not the application's own: a stale write found at commit (409), unreadable
 * JSON (400), the database unreachable (503), JAX-RS's own answers, and anything else (500, logged,
 * with no detail leaked).
 */
final class UnexpectedExceptions {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptions.class.getName());

  /** A property JSON-B names in its message: a Java-ish name, so nothing else of the message leaks. */
  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]{0,63})'?");

  private UnexpectedExceptions() {}

  static Response toResponse(Throwable exception) {
    if (exception instanceof WebApplicationException web) {
      Response original = web.getResponse();
      if (original.hasEntity()) {
        return original;
      }
      Response.StatusType status = original.getStatusInfo();
      return Problem.response(status.getStatusCode(), status.getReasonPhrase(), detail(status.getStatusCode()), List.of());
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonBodyLimit.BodyTooLargeException) {
        return Problem.response(413, "Content Too Large", cause.getMessage(), List.of());
      }
      if (cause instanceof JsonBodyLimit.BodyTooDeepException) {
        return Problem.response(Response.Status.BAD_REQUEST, cause.getMessage());
      }
      String name = cause.getClass().getSimpleName();
      if (name.equals("OptimisticLockException")) {
        return Problem.response(Response.Status.CONFLICT, "Someone else changed this record at the same moment; reload it and try again");
      }
      if (cause instanceof JsonbException) {
        return unreadableJson(exception);
      }
      if (databaseUnavailable(cause)) {
        return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "The database cannot be reached just now; nothing was changed. Try again shortly");
      }
    }
    LOG.log(Level.SEVERE, "Unexpected failure answering an API request", exception);
    return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed");
  }

  /**
   * 400 for a body JSON-B could not read, naming the field when the reader says which (its messages
   * say {@code property 'quarter'}, outermost first) and giving our own words for it: never the
   * reader's message, which names Java types.
   */
  static Response unreadableJson(Throwable exception) {
    FieldError error = unreadableField(exception);
    if (error == null) {
      return Problem.response(Response.Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape");
    }
    return Problem.response(400, "Bad Request", "The request body cannot be read: " + error.field() + ": " + error.message(), List.of(error));
  }

  /** The field JSON-B could not read and our words for why, or null when it does not say which. */
  static FieldError unreadableField(Throwable exception) {
    List<String> path = new ArrayList<>();
    String message = null;
    int depth = 0;
    for (Throwable cause = exception; cause != null && depth < 50; cause = cause.getCause(), depth++) {
      if (cause instanceof JsonbConfiguration.InvalidJsonValue invalid && message == null) {
        message = invalid.getMessage();
      }
      List<String> said = new ArrayList<>();
      Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
      while (property.find() && said.size() < 20) {
        said.add(property.group(1));
      }
      if (said.size() > path.size()) { // the outermost message names the whole path; its causes repeat the tail
        path = said;
      }
    }
    if (path.isEmpty()) {
      return null;
    }
    return new FieldError("INVALID_VALUE", String.join(".", path),
        message != null ? message : "This value is of the wrong kind (text, number, true/false, list or object) or out of range");
  }

  /**
   * Whether the failure is the database being away rather than a fault of the request: a
   * connection exception (SQLState class 08), the server shutting down or starting
   * (57P01-57P03), a database not accepting connections, or the connection pool unable to
   * allocate a connection (Payara wraps the driver's refusal in a ResourceException or a
   * PoolingException).
   */
  static boolean databaseUnavailable(Throwable cause) {
    if (cause instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
        return true;
      }
      String message = sql.getMessage() == null ? "" : sql.getMessage();
      return message.contains("allocating a connection") || message.contains("not currently accepting connections");
    }
    String name = cause.getClass().getSimpleName();
    return name.equals("PoolingException") || name.equals("ResourceAllocationException")
        || (name.equals("ResourceException") && String.valueOf(cause.getMessage()).contains("connection"));
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
