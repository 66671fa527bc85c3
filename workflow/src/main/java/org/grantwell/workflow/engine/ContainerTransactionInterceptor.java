package org.grantwell.workflow.engine;

import jakarta.ejb.EJBException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine's transaction interceptor in Payara: a command that needs a transaction of its own
 * gets one begun by the EJB container ({@link TransactionBoundary}), not by
 * {@code TransactionManager.begin()} as Camunda's JakartaTransactionInterceptor does.
 *
 * <p>Why: Payara enlists a data source's connection in the transaction of the component
 * invocation it is taken in. On the job executor's managed threads a transaction begun through the
 * transaction manager is not that invocation's, so the engine's connection there was not in the
 * transaction (auto-commit on) while EclipseLink's was: a timer's engine writes (job deleted,
 * process moved on, history) committed statement by statement, apart from the JPA writes of its
 * delegates. A job that failed or was cut off half-way (a server stopping) could leave its job gone
 * and logged as a success with its delegate's work rolled back. Inside an EJB method the container
 * begins the transaction for the invocation, and every connection taken in it is enlisted.
 *
 * <p>A command inside a transaction already (a request's {@code @Transactional} service, a
 * delegate's nested command) joins it, as before.
 */
final class ContainerTransactionInterceptor extends CommandInterceptor {

  private final TransactionManager transactionManager;
  private final boolean requiresNew;
  private final Supplier<TransactionBoundary> boundary;

  ContainerTransactionInterceptor(TransactionManager transactionManager, boolean requiresNew, Supplier<TransactionBoundary> boundary) {
    this.transactionManager = transactionManager;
    this.requiresNew = requiresNew;
    this.boundary = boundary;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!requiresNew && inTransaction()) {
      return next.execute(command);
    }
    TransactionBoundary.Outcome<T> outcome;
    try {
      outcome = requiresNew ? boundary.get().requiresNew(() -> next.execute(command)) : boundary.get().required(() -> next.execute(command));
    } catch (EJBException e) { // the commit itself failed; the transaction is rolled back
      throw new ProcessEngineException("The transaction of the engine's command did not commit: " + e.getMessage(), e);
    }
    return outcome.get();
  }

  private boolean inTransaction() {
    try {
      return transactionManager.getStatus() != Status.STATUS_NO_TRANSACTION;
    } catch (SystemException e) {
      throw new ProcessEngineException("Could not read the transaction's status", e);
    }
  }
}
