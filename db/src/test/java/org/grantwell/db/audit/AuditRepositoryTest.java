package org.grantwell.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link AuditRepository#append} keeps a transaction's changes and chains them just before it
 * commits, under the head's lock, through the persistence context; here with a transaction and an
 * entity manager that record what is asked of them (AuditIT and TimerStopIT check it in Payara on
 * PostgreSQL, with concurrent writers).
 */
class AuditRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-05-01T09:30:00.123456Z");

  private final FakeTransaction transaction = new FakeTransaction();
  private final RecordingEntityManager database = new RecordingEntityManager();
  private final AuditRepository repository = new AuditRepository(database.proxy(), transaction, transaction);

  @Test
  void shouldFlushEachChangeAndWriteNoEntryUntilTheTransactionIsAboutToCommit() {
    repository.append(change("SSF5-AVON-001", "CREATED"));
    repository.append(change("SSF5-AVON-001", "UPDATED"));

    assertThat(database.calls).containsExactly("flush", "flush");
    assertThat(transaction.synchronizations).as("one synchronization per transaction").hasSize(1);
  }

  @Test
  void shouldChainTheChangesInOrderFromTheLockedHeadAndMoveTheHead() {
    database.head = new Object[] {null, null};
    repository.append(change("SSF5-AVON-001", "CREATED"));
    repository.append(change("SSF5-AVON-001", "UPDATED"));
    repository.append(change("SSF5-AVON-002", "CREATED"));
    database.calls.clear();

    transaction.complete();

    String first = AuditHasher.hash(change("SSF5-AVON-001", "CREATED"), null);
    String second = AuditHasher.hash(change("SSF5-AVON-001", "UPDATED"), first);
    String third = AuditHasher.hash(change("SSF5-AVON-002", "CREATED"), second);
    assertThat(database.calls).containsExactly("lock head", "persist 1000", "persist 1001", "persist 1002", "flush",
        "move head to 1002 " + third);
    assertThat(database.persisted).extracting(AuditEntry::getPrevHash).containsExactly(null, first, second);
    assertThat(database.persisted).extracting(AuditEntry::getHash).containsExactly(first, second, third);
  }

  @Test
  void shouldContinueTheChainFromTheHeadLeftByEarlierTransactions() {
    database.head = new Object[] {"a".repeat(64), 1499L};
    repository.append(change("SSF5-AVON-001", "SUBMITTED"));

    transaction.complete();

    AuditEntry entry = database.persisted.get(0);
    assertThat(entry.getId()).isEqualTo(1500L);
    assertThat(entry.getPrevHash()).isEqualTo("a".repeat(64));
  }

  @Test
  void shouldRecordNothingWhenTheTransactionWillRollBack() {
    repository.append(change("SSF5-AVON-001", "CREATED"));
    database.calls.clear();

    transaction.setRollbackOnly();
    transaction.complete();

    assertThat(database.calls).isEmpty();
  }

  @Test
  void shouldRefuseAChangeOutsideATransaction() {
    transaction.status = Status.STATUS_NO_TRANSACTION;

    assertThatThrownBy(() -> repository.append(change("SSF5-AVON-001", "CREATED")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("active transaction");
    assertThat(database.calls).isEmpty();
  }

  @Test
  void shouldRollTheTransactionBackWhenTheRecordCannotBeWritten() {
    repository.append(change("SSF5-AVON-001", "CREATED"));
    database.failing = true;

    assertThatThrownBy(transaction::complete)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Could not write the audit record");
    assertThat(transaction.getRollbackOnly()).isTrue();
  }

  private static AuditChange change(String bid, String action) {
    return new AuditChange(NOW, "bidder.avon", "BID", bid, action, null, "{\"status\":\"" + action + "\"}");
  }

  /** An entity manager that records the calls the repository makes and answers the head's lock. */
  private static final class RecordingEntityManager {

    private final List<String> calls = new ArrayList<>();
    private final List<AuditEntry> persisted = new ArrayList<>();
    private Object[] head = {null, null};
    private boolean failing;

    EntityManager proxy() {
      return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class},
          (proxy, method, args) -> switch (method.getName()) {
            case "flush" -> {
              calls.add("flush");
              yield null;
            }
            case "persist" -> {
              AuditEntry entry = (AuditEntry) args[0];
              persisted.add(entry);
              calls.add("persist " + entry.getId());
              yield null;
            }
            case "createNativeQuery" -> {
              if (failing) {
                throw new jakarta.persistence.PersistenceException("the database is away");
              }
              yield query((String) args[0]);
            }
            default -> throw new UnsupportedOperationException(method.getName());
          });
    }

    private Query query(String sql) {
      Map<Integer, Object> parameters = new HashMap<>();
      return (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class},
          (proxy, method, args) -> switch (method.getName()) {
            case "setParameter" -> {
              parameters.put((Integer) args[0], args[1]);
              yield proxy;
            }
            case "getSingleResult" -> {
              assertThat(sql).contains("FOR UPDATE");
              calls.add("lock head");
              yield head;
            }
            case "executeUpdate" -> {
              calls.add("move head to " + parameters.get(2) + " " + parameters.get(1));
              yield 1;
            }
            default -> throw new UnsupportedOperationException(method.getName());
          });
    }
  }

  /** The part of a JTA transaction the repository uses; "commit" runs the synchronizations. */
  private static final class FakeTransaction implements TransactionSynchronizationRegistry, TransactionManager {

    private final Map<Object, Object> resources = new HashMap<>();
    private final List<Synchronization> synchronizations = new ArrayList<>();
    private int status = Status.STATUS_ACTIVE;
    private boolean rollbackOnly;

    /** Ends the transaction as the transaction manager would on commit: synchronizations first. */
    void complete() {
      try {
        synchronizations.forEach(Synchronization::beforeCompletion);
      } finally {
        synchronizations.forEach(s -> s.afterCompletion(rollbackOnly ? Status.STATUS_ROLLEDBACK : Status.STATUS_COMMITTED));
      }
    }

    @Override
    public Transaction getTransaction() {
      return (Transaction) Proxy.newProxyInstance(Transaction.class.getClassLoader(), new Class<?>[] {Transaction.class},
          (proxy, method, args) -> {
            if (!method.getName().equals("registerSynchronization")) {
              throw new UnsupportedOperationException(method.getName());
            }
            synchronizations.add((Synchronization) args[0]);
            return null;
          });
    }

    @Override
    public Object getTransactionKey() {
      return this;
    }

    @Override
    public void putResource(Object key, Object value) {
      resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
      return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      throw new UnsupportedOperationException("the audit record registers with the transaction, not interposed");
    }

    @Override
    public int getTransactionStatus() {
      return rollbackOnly && status == Status.STATUS_ACTIVE ? Status.STATUS_MARKED_ROLLBACK : status;
    }

    @Override
    public int getStatus() {
      return getTransactionStatus();
    }

    @Override
    public void setRollbackOnly() {
      rollbackOnly = true;
    }

    @Override
    public boolean getRollbackOnly() {
      return rollbackOnly;
    }

    @Override
    public void begin() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void commit() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void rollback() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void resume(Transaction transaction) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setTransactionTimeout(int seconds) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Transaction suspend() {
      throw new UnsupportedOperationException();
    }
  }
}
