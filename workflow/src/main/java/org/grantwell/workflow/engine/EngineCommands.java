package org.grantwell.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.grantwell.db.task.TaskListRepository;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Runs several engine calls of one request as one engine command. Each call of the engine's
 * services (a task query, a claim, a completion) is a command of its own: it opens a command
 * context, reads the task, its execution and its process definition again, and flushes on its
 * own. Called inside {@link #run} or {@link #call}, the services join the one command context (the engine
 * reuses an open context on the same thread, as it does for a delegate calling a service): what
 * one call read the next finds in the context's cache, and everything is flushed once, at the end.
 *
 * <p>The command joins the caller's transaction (the engine's required-transaction executor with
 * {@link ContainerTransactionInterceptor}); nothing commits earlier than before. An exception
 * leaving the work marks the transaction rollback-only, as the caller's {@code @Transactional}
 * would, and is thrown from here as it was thrown; an {@code OptimisticLockingException} from the
 * final flush too.
 *
 * <p>Within one command the engine serves what it read from its cache: a task read, then changed
 * by another transaction that commits, is not read again. Callers lock the task's row
 * ({@link #lockUnchanged}) before they act on it.
 */
@ApplicationScoped
public class EngineCommands {

  @Inject private ProcessEngineBootstrap bootstrap;
  @Inject private TaskListRepository taskList;

  private volatile CommandExecutor executor;

  /** The work's result, the work run as one engine command. */
  public <T> T call(Supplier<T> work) {
    try {
      return executor().execute(commandContext -> {
        try {
          return work.get();
        } catch (ProcessEngineException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new Refused(e);
        }
      });
    } catch (Refused refused) {
      throw refused.original();
    }
  }

  /** The work run as one engine command. */
  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  /**
   * Locks the task's row until the transaction ends and tells whether it is still as this command
   * read it (false: completed or changed by a transaction that committed meanwhile). A second
   * request acting on the same task waits here, before it reads further or writes anything.
   */
  public boolean lockUnchanged(Task task) {
    int revision = ((TaskEntity) task).getRevision();
    return taskList.lockTask(task.getId()).orElse(-1) == revision;
  }

  /**
   * Carries the application's own exception (a refusal: bad input, a task done meanwhile, a rule)
   * out of the command unchanged. The engine logs an exception leaving a command as an error of its
   * own (ENGINE-16004), except a BadUserRequestException, which it logs at debug level: a 4xx
   * answer is not a server error. The application's 500s are logged by its exception mapper.
   */
  private static final class Refused extends BadUserRequestException {
    Refused(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }

    RuntimeException original() {
      return (RuntimeException) getCause();
    }
  }

  /** The engine is started once at deployment; its executor is read from the singleton once. */
  private CommandExecutor executor() {
    CommandExecutor known = executor;
    if (known == null) {
      known = ((ProcessEngineConfigurationImpl) bootstrap.processEngine().getProcessEngineConfiguration()).getCommandExecutorTxRequired();
      executor = known;
    }
    return known;
  }
}
