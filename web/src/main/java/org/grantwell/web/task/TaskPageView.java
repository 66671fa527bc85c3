package org.grantwell.web.task;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.shared.StaleEditException;
import org.grantwell.workflow.task.TaskDetails;
import org.grantwell.workflow.task.TaskDetailsService;
import org.grantwell.workflow.task.TaskInboxService;

/**
 * One task's page: what it is about beside its form, and completing it. The form is the task's
 * (the same fields as the API's, README "The form of each task"); the server checks it, and its
 * problems come back as messages next to the fields, with nothing saved.
 */
@Named
@ViewScoped
public class TaskPageView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One criterion's score on the scoring form. */
  public static final class ScoreLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final TaskDetails.Criterion criterion;
    private Integer score;
    private String comment;

    ScoreLine(TaskDetails.Criterion criterion) {
      this.criterion = criterion;
    }

    public TaskDetails.Criterion getCriterion() {
      return criterion;
    }

    public Integer getScore() {
      return score;
    }

    public void setScore(Integer score) {
      this.score = score;
    }

    public String getComment() {
      return comment;
    }

    public void setComment(String comment) {
      this.comment = comment;
    }
  }

  /** One spend line of a return. */
  public static final class SpendLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private String category;
    private boolean capital;
    private BigDecimal amount;

    public String getCategory() {
      return category;
    }

    public void setCategory(String category) {
      this.category = category;
    }

    public boolean isCapital() {
      return capital;
    }

    public void setCapital(boolean capital) {
      this.capital = capital;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  @Inject private transient TaskDetailsService detailsService;
  @Inject private transient TaskInboxService inbox;
  @Inject private transient CurrentCaller caller;
  @Inject private transient org.grantwell.workflow.bid.AttachmentService attachments;

  private String id;
  private TaskDetails details;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final List<ScoreLine> scores = new ArrayList<>();
  private final List<SpendLine> spend = new ArrayList<>();
  private String outcomeIndicator;
  private BigDecimal outcomeValue;

  /** Loads the task (f:viewAction); an unknown or another organisation's task is "not found". */
  public void load() throws IOException {
    if (id == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Say which task: task.xhtml?id=...");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    try {
      details = detailsService.details(caller.current().orElseThrow(), id);
      details.criteria().forEach(c -> scores.add(new ScoreLine(c)));
      spend.add(new SpendLine());
      if (details.bid() != null && details.bid().content().outcomes() != null && !details.bid().content().outcomes().isEmpty()) {
        outcomeIndicator = details.bid().content().outcomes().get(0).indicator();
      }
    } catch (NotFoundException | StaleEditException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public void complete() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      inbox.complete(caller.current().orElseThrow(), id, form());
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, details.task().name() + " done for " + details.task().bidReference(), null));
      faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/app/tasks.xhtml");
    } catch (InvalidInputException e) {
      for (FieldError error : e.errors()) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, label(error.field()) + ": " + error.message(), null));
      }
      faces.validationFailed();
    } catch (StaleEditException | ForbiddenActionException | NotFoundException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
      faces.validationFailed();
    }
  }

  private Map<String, Object> form() {
    Map<String, Object> form = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (value != null && !(value instanceof String text && text.isBlank())) {
        form.put(name, value instanceof Integer number ? BigDecimal.valueOf(number) : value);
      }
    });
    String key = details.task().taskKey();
    if ("Task_AssessBid".equals(key) && !Boolean.TRUE.equals(values.get("conflict"))) {
      form.put("conflict", false);
      List<Map<String, Object>> lines = new ArrayList<>();
      for (ScoreLine line : scores) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("criterion", line.criterion.code());
        if (line.score != null) {
          entry.put("score", BigDecimal.valueOf(line.score));
        }
        entry.put("comment", line.comment == null ? "" : line.comment);
        lines.add(entry);
      }
      form.put("scores", lines);
    }
    if (key.startsWith("Task_Submit") && key.endsWith("Return")) {
      List<Map<String, Object>> lines = new ArrayList<>();
      for (SpendLine line : spend) {
        if (line.category != null && !line.category.isBlank()) {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("category", line.category);
          entry.put("capital", line.capital);
          entry.put("amount", line.amount);
          lines.add(entry);
        }
      }
      form.put("spend", lines);
      if (outcomeIndicator != null && outcomeValue != null) {
        form.put("outcomes", List.of(Map.of("indicator", outcomeIndicator, "value", outcomeValue)));
      }
    }
    return form;
  }

  private static String label(String field) {
    if (field == null || field.isBlank()) {
      return "The form";
    }
    String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('.', ' ').toLowerCase(java.util.Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The bid's documents, shown beside the form (scoring reads them side by side). */
  public List<org.grantwell.workflow.bid.AttachmentView> getDocuments() {
    if (details == null || details.bid() == null) {
      return List.of();
    }
    return attachments.list(caller.current().orElseThrow(), details.bid().id());
  }

  public org.primefaces.model.StreamedContent download(long attachmentId) {
    org.grantwell.workflow.bid.AttachmentDownload file =
        attachments.download(caller.current().orElseThrow(), details.bid().id(), attachmentId);
    return org.primefaces.model.DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .contentLength(file.sizeBytes())
        .stream(() -> new java.io.ByteArrayInputStream(file.content()))
        .build();
  }

  public void addSpendLine() {
    spend.add(new SpendLine());
  }

  public String money(String pounds) {
    return pounds == null ? "" : MoneyFormat.format(Money.of(pounds));
  }

  public boolean is(String... keys) {
    return details != null && java.util.Arrays.asList(keys).contains(details.task().taskKey());
  }

  public List<Integer> scale(int max) {
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i <= max; i++) {
      values.add(i);
    }
    return values;
  }

  public String getId() {
    return id;
  }

  /**
   * The task id from the page's address. A postback carries no id (the view keeps the one it was
   * opened with), so a missing or blank value never replaces it: after a form error the second
   * try completes the same task.
   */
  public void setId(String id) {
    if (id != null && !id.isBlank()) {
      this.id = id;
    }
  }

  public TaskDetails getDetails() {
    return details;
  }

  public Map<String, Object> getValues() {
    return values;
  }

  public List<ScoreLine> getScores() {
    return scores;
  }

  public List<SpendLine> getSpend() {
    return spend;
  }

  public String getOutcomeIndicator() {
    return outcomeIndicator;
  }

  public void setOutcomeIndicator(String outcomeIndicator) {
    this.outcomeIndicator = outcomeIndicator;
  }

  public BigDecimal getOutcomeValue() {
    return outcomeValue;
  }

  public void setOutcomeValue(BigDecimal outcomeValue) {
    this.outcomeValue = outcomeValue;
  }
}
