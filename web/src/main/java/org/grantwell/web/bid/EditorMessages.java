package org.grantwell.web.bid;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import org.grantwell.workflow.bid.RuleViolation;
import org.grantwell.workflow.shared.FieldError;

/**
 * Turns the services' field errors and rule violations into what the editor shows: a summary at the
 * top that says where each problem is ("Budget line 3, amount: ..."), a message next to the input
 * when it is on the page, and the list the review step links from.
 */
public final class EditorMessages {

  /** A problem with a field, with the step and input it belongs to. */
  public record Problem(String code, String field, String message, EditorStep step, String clientId, String where)
      implements Serializable {

    static Problem of(String code, String field, String message) {
      return new Problem(code, field, message, FieldPaths.step(field), FieldPaths.clientId(field), FieldPaths.describe(field));
    }

    public String getMessage() {
      return message;
    }

    public String getWhere() {
      return where;
    }

    public EditorStep getStep() {
      return step;
    }

    public String getClientId() {
      return clientId;
    }

    public String getCode() {
      return code;
    }
  }

  private EditorMessages() {}

  static List<Problem> fromErrors(List<FieldError> errors) {
    return errors.stream().map(e -> Problem.of(e.code(), e.field(), e.message())).toList();
  }

  static List<Problem> fromViolations(List<RuleViolation> violations) {
    return violations.stream().map(v -> Problem.of(v.code(), v.field(), v.message())).toList();
  }

  /** Each problem at the top (with its step and place) and, where there is an input, next to it. */
  static void show(List<Problem> problems) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Problem p : problems) {
      String where = p.where().isEmpty() ? p.step().getLabel() : p.step().getLabel() + ": " + p.where();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, where, p.message()));
      if (p.clientId() != null) {
        faces.addMessage(p.clientId(), new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), p.message()));
      }
    }
  }

  static void info(String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
  }

  static void warn(String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, summary, detail));
  }

  static void error(String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
  }
}
