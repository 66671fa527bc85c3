package org.grantwell.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
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
 * would. An {@code OptimisticLockingException} from the final flush is thrown from this method.
 */
@ApplicationScoped
public class EngineCommands {

  @Inject private ProcessEngineBootstrap bootstrap;

  private volatile CommandExecutor executor;

  /** The work's result, the work run as one engine command. */
  public <T> T call(Supplier<T> work) {
    return executor().execute(commandContext -> work.get());
  }

  /** The work run as one engine command. */
  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
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
