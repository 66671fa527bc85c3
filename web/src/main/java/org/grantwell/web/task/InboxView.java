package org.grantwell.web.task;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.shared.StaleEditException;
import org.grantwell.workflow.task.TaskInboxService;
import org.grantwell.workflow.task.TaskView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The task inbox: the person's assigned and claimable tasks in a lazy table, filtered by round,
 * programme, force area, task and due date, sorted by any column; claim and hand back.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, Function<TaskView, String>> COLUMNS = Map.of(
      "name", TaskView::name,
      "bidReference", TaskView::bidReference,
      "roundReference", TaskView::roundReference,
      "programmeCode", TaskView::programmeCode,
      "forceArea", TaskView::forceArea,
      "assignee", TaskView::assignee);

  @Inject private transient TaskInboxService inbox;
  @Inject private transient CurrentCaller caller;

  private final LazyDataModel<TaskView> tasks = new Tasks();

  public LazyDataModel<TaskView> getTasks() {
    return tasks;
  }

  public void claim(String taskId) {
    act(() -> inbox.claim(caller.current().orElseThrow(), taskId), "The task is yours now");
  }

  public void unclaim(String taskId) {
    act(() -> inbox.unclaim(caller.current().orElseThrow(), taskId), "The task is back in the shared list");
  }

  public String date(Instant instant) {
    return instant == null ? "" : org.grantwell.web.faces.UkDates.date(instant);
  }

  public boolean mine(TaskView task) {
    return caller.current().map(c -> c.username().equals(task.assignee())).orElse(false);
  }

  private void act(Runnable action, String done) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (StaleEditException | ForbiddenActionException | NotFoundException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
    }
  }

  /**
   * The inbox as a lazy model: each page request is two SQL statements (count and page), filtered
   * and sorted in the database. The due-date filter matches the date as shown ("3 Dec 2026"), which
   * only the page knows: with it, the whole list is read once and filtered here.
   */
  private final class Tasks extends LazyDataModel<TaskView> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      Map<String, String> wanted = texts(filters);
      if (wanted.containsKey("due")) {
        return byDue(wanted).size();
      }
      return caller.current().map(c -> (int) Math.min(Integer.MAX_VALUE, inbox.count(c, wanted))).orElse(0);
    }

    @Override
    public List<TaskView> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      Map<String, String> wanted = texts(filters);
      if (wanted.containsKey("due")) {
        List<TaskView> rows = sorted(byDue(wanted), sort);
        setRowCount(rows.size());
        return rows.subList(Math.min(first, rows.size()), Math.min(first + pageSize, rows.size()));
      }
      List<Map.Entry<String, Boolean>> order = sort.values().stream()
          .map(meta -> Map.entry(meta.getField(), meta.getOrder() == SortOrder.DESCENDING))
          .toList();
      return caller.current().map(c -> inbox.page(c, wanted, order, first, pageSize)).orElse(List.of());
    }

    @Override
    public String getRowKey(TaskView task) {
      return task.id();
    }

    @Override
    public TaskView getRowData(String rowKey) {
      // one task by its id, not the whole inbox searched; gone or not the caller's: no row
      try {
        return caller.current().map(c -> inbox.find(c, rowKey)).orElse(null);
      } catch (NotFoundException | StaleEditException e) {
        return null;
      }
    }

    private static Map<String, String> texts(Map<String, FilterMeta> filters) {
      Map<String, String> texts = new java.util.HashMap<>();
      for (FilterMeta filter : filters.values()) {
        Object value = filter.getFilterValue();
        if (value != null && !String.valueOf(value).isBlank()) {
          texts.put(filter.getField(), String.valueOf(value).strip().toLowerCase(Locale.ROOT));
        }
      }
      return texts;
    }

    private List<TaskView> byDue(Map<String, String> wanted) {
      List<TaskView> rows = caller.current().map(inbox::inbox).orElse(List.of());
      for (Map.Entry<String, String> filter : wanted.entrySet()) {
        String text = filter.getValue();
        Function<TaskView, String> column = "due".equals(filter.getKey())
            ? t -> t.due() == null ? "" : org.grantwell.web.faces.UkDates.date(t.due())
            : COLUMNS.getOrDefault(filter.getKey(), TaskView::name);
        rows = rows.stream().filter(t -> String.valueOf(column.apply(t)).toLowerCase(Locale.ROOT).contains(text)).toList();
      }
      return rows;
    }

    private static List<TaskView> sorted(List<TaskView> rows, Map<String, SortMeta> sort) {
      Comparator<TaskView> order = null;
      for (SortMeta meta : sort.values()) {
        Comparator<TaskView> by = "due".equals(meta.getField())
            ? Comparator.comparing(TaskView::due, Comparator.nullsLast(Comparator.naturalOrder()))
            : Comparator.comparing(t -> String.valueOf(COLUMNS.getOrDefault(meta.getField(), TaskView::name).apply(t)));
        if (meta.getOrder() == SortOrder.DESCENDING) {
          by = by.reversed();
        }
        order = order == null ? by : order.thenComparing(by);
      }
      return order == null ? rows : rows.stream().sorted(order).toList();
    }
  }
}
