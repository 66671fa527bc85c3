package org.grantwell.workflow.engine;

import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;

/**
 * Runs the engine's commands that start a transaction in one the EJB container starts: see
 * {@link ContainerTransactionInterceptor}. A failure marks the transaction for rollback and comes
 * back as an {@link Outcome}, not as an exception through the container (which would wrap it and
 * log every optimistic-locking conflict of the job executor as a system error).
 */
@Stateless
@LocalBean
public class TransactionBoundary {

  @Resource private SessionContext context;

  /** What the work returned, or what it threw (its transaction rolled back). */
  public record Outcome<T>(T value, Throwable failure) {

    /** The value, or the failure thrown again as it was thrown. */
    public T get() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return value;
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public <T> Outcome<T> required(Supplier<T> work) {
    return run(work);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <T> Outcome<T> requiresNew(Supplier<T> work) {
    return run(work);
  }

  private <T> Outcome<T> run(Supplier<T> work) {
    try {
      return new Outcome<>(work.get(), null);
    } catch (RuntimeException | Error e) {
      context.setRollbackOnly();
      return new Outcome<>(null, e);
    }
  }
}
