package org.grantwell.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grantwell.workflow.shared.Page;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.task.TaskListQuery;
import org.grantwell.db.task.TaskListRepository;
import org.grantwell.db.task.TaskRow;
import org.grantwell.workflow.lifecycle.TaskSide;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.shared.StaleEditException;

/**
 * The caller's workflow tasks: those assigned to them and those offered to one of their roles,
 * limited to bids the caller may see (organisation scope is checked here, not only by candidate
 * groups). Claiming, unclaiming and completing run in the caller's transaction; two people
 * completing one task: the first wins, the second is told (409).
 */
@ApplicationScoped
@Transactional
public class TaskInboxService {

  @Inject private TaskService tasks;
  @Inject private RuntimeService runtime;
  @Inject private RepositoryService repository;
  @Inject private BidRepository bids;
  @Inject private TaskAccess access;
  @Inject private HistoryService history;
  @Inject private org.camunda.bpm.engine.IdentityService identity;
  @Inject private jakarta.enterprise.inject.Instance<org.grantwell.workflow.lifecycle.TaskHandler> handlers;
  @Inject private java.time.Clock clock;
  @Inject private TaskListRepository taskList;
  @Inject private org.grantwell.workflow.engine.EngineCommands commands;

  private final java.util.concurrent.ConcurrentMap<String, String> processKeys = new java.util.concurrent.ConcurrentHashMap<>();

  /** All the caller's tasks, soonest due first (one SQL statement however many tasks there are). */
  public List<TaskView> inbox(Caller caller) {
    return inbox(caller, Map.of());
  }

  /**
   * All the caller's tasks matching the filters (as {@link #count}), soonest due first, in one SQL
   * statement. Unbounded: for lists known to be short (one round's sign-offs of an area); the API
   * and the inbox page use {@link #search} and {@link #page}.
   */
  public List<TaskView> inbox(Caller caller, Map<String, String> filters) {
    return taskList.page(query(caller, filters, List.of()), 0, 0).stream().map(TaskInboxService::view).toList();
  }

  /** A page of the caller's tasks matching the filters (as {@link #count}), soonest due first, with how many match. */
  public Page<TaskView> search(Caller caller, Map<String, String> filters, int page, int size) {
    Page.Request asked = Page.Request.of(page, size);
    return asked.of(page(caller, filters, List.of(), asked.first(), asked.size()), count(caller, filters));
  }

  /** How many of the caller's tasks match the filters (field names of {@link TaskView}: "contains", any case). */
  public long count(Caller caller, Map<String, String> filters) {
    return taskList.count(query(caller, filters, List.of()));
  }

  /**
   * A page of the caller's tasks matching the filters, in the order asked ({@code sort}: field
   * names of {@link TaskView}, each with true for descending), then soonest due first. Filtered,
   * sorted and paged in SQL. Fields that cannot be filtered in SQL ({@code due}) are ignored here.
   */
  public List<TaskView> page(Caller caller, Map<String, String> filters, List<Map.Entry<String, Boolean>> sort,
      int first, int max) {
    List<TaskListQuery.Sort> order = new ArrayList<>();
    for (Map.Entry<String, Boolean> by : sort) {
      column(by.getKey()).ifPresent(column -> order.add(new TaskListQuery.Sort(column, Boolean.TRUE.equals(by.getValue()))));
    }
    return taskList.page(query(caller, filters, order), Math.max(0, first), Math.max(1, max)).stream()
        .map(TaskInboxService::view).toList();
  }

  private static TaskListQuery query(Caller caller, Map<String, String> filters, List<TaskListQuery.Sort> sort) {
    Map<TaskListQuery.Column, String> columns = new java.util.EnumMap<>(TaskListQuery.Column.class);
    filters.forEach((field, text) -> column(field).ifPresent(column -> columns.put(column, text)));
    return new TaskListQuery(caller.username(), caller.roles(), caller.organisationId(), caller.isNational(),
        TaskSide.LEAD.taskKeys(), TaskSide.PCC_OFFICE.taskKeys(), TaskSide.FUNDER.taskKeys(), columns, sort);
  }

  private static Optional<TaskListQuery.Column> column(String field) {
    return Optional.ofNullable(switch (field == null ? "" : field) {
      case "taskKey" -> TaskListQuery.Column.TASK_KEY;
      case "name" -> TaskListQuery.Column.NAME;
      case "bidReference" -> TaskListQuery.Column.BID_REFERENCE;
      case "roundReference" -> TaskListQuery.Column.ROUND_REFERENCE;
      case "programmeCode" -> TaskListQuery.Column.PROGRAMME_CODE;
      case "forceArea" -> TaskListQuery.Column.FORCE_AREA;
      case "assignee" -> TaskListQuery.Column.ASSIGNEE;
      case "due" -> TaskListQuery.Column.DUE;
      default -> null;
    });
  }

  private static TaskView view(TaskRow row) {
    return new TaskView(row.id(), row.taskKey(), row.name(), row.processKey(), row.bidReference(), row.bidId(),
        row.bidTitle(), row.roundReference(), row.programmeCode(), row.forceArea(), row.assignee(), row.assignee() == null,
        row.created(), row.due());
  }

  /** One open task the caller may see (404 otherwise; 409 when it was completed meanwhile). */
  public TaskView find(Caller caller, String taskId) {
    return view(visible(caller, taskId));
  }

  /** The process variable of the task's scope (e.g. the period of a return, the variation's id). */
  Object variable(String taskId, String name) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    return task == null ? null : runtime.getVariable(task.getExecutionId(), name);
  }

  public TaskView claim(Caller caller, String taskId) {
    OpenTask open = offered(caller, taskId);
    Task task = open.task();
    if (task.getAssignee() != null) {
      throw new StaleEditException(taskHeldMessage(task));
    }
    try {
      tasks.claim(taskId, caller.username());
    } catch (ProcessEngineException e) {
      throw new StaleEditException(taskHeldMessage(tasks.createTaskQuery().taskId(taskId).singleResult()));
    }
    return view(open.reread(tasks.createTaskQuery().taskId(taskId).singleResult()));
  }

  public TaskView unclaim(Caller caller, String taskId) {
    OpenTask open = visible(caller, taskId);
    Task task = open.task();
    if (!caller.username().equals(task.getAssignee())) {
      throw new ForbiddenActionException("Only " + task.getAssignee() + ", who holds this task, can hand it back");
    }
    tasks.setAssignee(taskId, null);
    return view(open.reread(tasks.createTaskQuery().taskId(taskId).singleResult()));
  }

  /**
   * Completes a task the caller holds (claiming it first if it is offered to them). A lifecycle
   * task's form is checked and its domain records written by the task's handler, then the process
   * goes on, all in this one transaction: if a later step refuses (the ledger, say), nothing stays.
   * The reading, the claim and the completion are one engine command ({@link EngineCommands}): the
   * task, its execution and its definition are read once, and the engine flushes once.
   */
  public void complete(Caller caller, String taskId, Map<String, Object> variables) {
    try {
      identity.setAuthenticatedUserId(caller.username());
      commands.run(() -> completeInCommand(caller, taskId, variables));
    } catch (OptimisticLockingException e) {
      throw new StaleEditException("Someone else completed or changed this task at the same moment; reload your tasks");
    } catch (ProcessEngineException e) {
      throw domainCause(e);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void completeInCommand(Caller caller, String taskId, Map<String, Object> variables) {
    OpenTask open = visible(caller, taskId);
    Task task = open.task();
    // The engine writes the claim and the completion when the command ends, and within the command
    // serves the task from its cache. The task's row is locked now: a second completion of the same
    // task waits here, before anything reads further or the handler writes (an award, a ledger
    // entry), then finds the task gone or changed and is told.
    if (!commands.lockUnchanged(task)) {
      throw new StaleEditException("Someone else completed or changed this task at the same moment; nothing was changed");
    }
    checkOffered(caller, task);
    if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
      throw new StaleEditException(taskHeldMessage(task));
    }
    Optional<org.grantwell.workflow.lifecycle.TaskHandler> handler = handlerFor(task);
    Optional<Bid> bid = open.bid();
    if (task.getAssignee() == null) {
      tasks.claim(taskId, caller.username());
    }
    if (handler.isPresent() && bid.isPresent()) {
      String processKey = processKey(task);
      org.grantwell.workflow.lifecycle.TaskOutcome outcome =
          handler.get().complete(
              new org.grantwell.workflow.lifecycle.TaskContext(caller, taskId, task.getTaskDefinitionKey(), processKey,
                  task.getProcessInstanceId(), task.getExecutionId(), bid.get(), clock.instant()),
              new org.grantwell.workflow.lifecycle.FormReader(variables));
      if (outcome.complete()) {
        tasks.complete(taskId, outcome.variables());
      }
    } else {
      tasks.complete(taskId, TaskForms.values(variables));
    }
  }

  /** A refusal from a step further on (the ledger, a rule) is the caller's answer, not a 500. */
  private static RuntimeException domainCause(ProcessEngineException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof org.grantwell.workflow.shared.InvalidInputException
          || cause instanceof StaleEditException
          || cause instanceof ForbiddenActionException
          || cause instanceof NotFoundException) {
        return (RuntimeException) cause;
      }
    }
    return e;
  }

  private Optional<org.grantwell.workflow.lifecycle.TaskHandler> handlerFor(Task task) {
    for (org.grantwell.workflow.lifecycle.TaskHandler handler : handlers) {
      if (handler.taskKeys().contains(task.getTaskDefinitionKey())) {
        return Optional.of(handler);
      }
    }
    return Optional.empty();
  }

  /** An open task the caller may see, with the bid its process is about (read once per request). */
  private record OpenTask(Task task, Optional<Bid> bid) {
    /** The same task read again after a change (its bid does not change). */
    OpenTask reread(Task again) {
      return new OpenTask(again, bid);
    }
  }

  private OpenTask visible(Caller caller, String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
      if (done != null) {
        throw new StaleEditException("This task was already completed" + (done.getAssignee() == null ? "" : " by " + done.getAssignee())
            + " at " + done.getEndTime().toInstant() + "; nothing was changed");
      }
    }
    Optional<Bid> bid = task == null ? Optional.empty() : bidOf(task);
    if (task == null || !access.canSee(caller, bid, task.getTaskDefinitionKey())) {
      throw new NotFoundException("There is no open task " + taskId + "; it may have been completed by someone else");
    }
    return new OpenTask(task, bid);
  }

  private OpenTask offered(Caller caller, String taskId) {
    OpenTask open = visible(caller, taskId);
    checkOffered(caller, open.task());
    return open;
  }

  /** Refused (403) unless the task is the caller's or offered to them; 409 when it went meanwhile. */
  private void checkOffered(Caller caller, Task task) {
    String taskId = task.getId();
    boolean mine = caller.username().equals(task.getAssignee());
    List<org.camunda.bpm.engine.task.IdentityLink> links;
    try {
      links = mine ? List.of() : tasks.getIdentityLinksForTask(taskId);
    } catch (org.camunda.bpm.engine.exception.NullValueException completedMeanwhile) {
      // someone else completed it between our reading it and reading who it is offered to
      throw new StaleEditException(taskHeldMessage(null));
    }
    if (!mine && !access.isCandidate(caller, links)) {
      throw new ForbiddenActionException("This task is not offered to you");
    }
  }

  private static String taskHeldMessage(Task task) {
    return task == null
        ? "The task has been completed by someone else"
        : "The task is already held by " + task.getAssignee();
  }

  /**
   * The bid the task's process is about: its {@code bidId} variable, set on the process instance
   * when the process starts, read in one statement (the inbox's own SQL reads it the same way)
   * rather than through an engine command, which reads the execution, its process definition and
   * its variables each time.
   */
  private Optional<Bid> bidOf(Task task) {
    return taskList.bidIdOfProcess(task.getProcessInstanceId()).flatMap(bids::find);
  }

  /** The key of the task's process. Definitions never change once deployed, so each id is asked once. */
  private String processKey(Task task) {
    return processKeys.computeIfAbsent(task.getProcessDefinitionId(), id -> repository.getProcessDefinition(id).getKey());
  }

  private TaskView view(OpenTask open) {
    Task task = open.task();
    Optional<Bid> bid = open.bid();
    String processKey = processKey(task);
    return new TaskView(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        processKey,
        bid.map(Bid::getReference).orElse(null),
        bid.map(Bid::getId).orElse(null),
        bid.map(b -> b.content().title()).orElse(null),
        bid.map(b -> b.getRound().getReference()).orElse(null),
        bid.map(b -> b.getRound().getProgramme().getCode()).orElse(null),
        bid.map(b -> b.getForceArea().getName()).orElse(null),
        task.getAssignee(),
        task.getAssignee() == null,
        instant(task.getCreateTime()),
        instant(task.getDueDate()));
  }

  private static java.time.Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
