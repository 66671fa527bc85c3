package org.grantwell.db.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Appends to and reads the audit record.
 *
 * <p>Entries are chained at the end of the caller's transaction, not when they are recorded:
 * {@link #append} keeps the change with the transaction, and just before it commits (a
 * transaction synchronization's {@code beforeCompletion}) the transaction's changes are written in
 * one go: lock the chain's head ({@code audit_chain_head}, one row, {@code SELECT ... FOR
 * UPDATE}), give each entry the next id and the newest hash, insert them, move the head. The head
 * stays locked only from there to the commit, so concurrent writers queue for a few statements,
 * not for the whole of each other's transactions (workflow steps included), as they did when the
 * head was locked at a transaction's first entry. The entries and the change they describe still
 * commit or roll back together: they are written through the transaction's persistence context,
 * and a failure there rolls the transaction back. Ids are the head's last id plus one, under the
 * lock, so they follow the chain on every server of a cluster.
 *
 * <p>The synchronization is registered with the transaction itself, not as an interposed one:
 * JTA calls these before the interposed ones, among them the persistence provider's, which
 * writes the persistence context out and lets go of its connection. Written through the
 * persistence context, not a connection of the data source's: in a CDI bean of a library jar
 * Payara's data source hands out connections outside the transaction (auto-commit on), on which
 * the head's lock would not hold and the entries would commit alone.
 *
 * <p>Consequence for callers: an entry is not in the table until the transaction that appended it
 * commits; a read in the same transaction does not see it.
 */
@ApplicationScoped
public class AuditRepository {

  private static final String LOCK_HEAD =
      "SELECT last_hash, last_entry_id FROM audit_chain_head WHERE id = 1 FOR UPDATE";
  private static final String MOVE_HEAD =
      "UPDATE audit_chain_head SET last_hash = ?1, last_entry_id = ?2 WHERE id = 1";
  /** The first entry's id (the ids of a chain's entries run on from it without gaps). */
  static final long FIRST_ID = 1000;
  private static final Object PENDING = PendingEntries.class;

  @PersistenceContext private EntityManager em;

  @Resource private TransactionSynchronizationRegistry registry;

  @Resource(lookup = "java:appserver/TransactionManager")
  private TransactionManager transactionManager;

  public AuditRepository() {}

  /** A repository on an entity manager and transaction of a test's own. */
  AuditRepository(EntityManager em, TransactionSynchronizationRegistry registry, TransactionManager transactionManager) {
    this.em = em;
    this.registry = registry;
    this.transactionManager = transactionManager;
  }

  /**
   * Records a change, to be chained as an entry of the audit record when the caller's
   * transaction commits (and dropped if it rolls back). Must be called inside the transaction that
   * makes the audited change.
   *
   * @throws IllegalStateException if there is no active transaction
   */
  public void append(AuditChange change) {
    if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("An audit entry needs the active transaction of the change it records");
    }
    PendingEntries pending = (PendingEntries) registry.getResource(PENDING);
    if (pending == null) {
      pending = new PendingEntries();
      try {
        transactionManager.getTransaction().registerSynchronization(pending);
      } catch (RollbackException | SystemException e) {
        throw new IllegalStateException("Could not join the audit record to the transaction: " + e.getMessage(), e);
      }
      registry.putResource(PENDING, pending);
    }
    pending.changes.add(change);
    // The change it records goes to the database now, as when the entry was written here: code
    // after an audited step reads what the step wrote (a lock by em.find, a native query).
    em.flush();
  }

  /** The changes one transaction recorded, written and chained just before it commits. */
  private final class PendingEntries implements Synchronization {

    private final List<AuditChange> changes = new ArrayList<>();

    @Override
    public void beforeCompletion() {
      if (registry.getRollbackOnly()) {
        return; // nothing of the transaction will stay, so nothing is recorded
      }
      try {
        chain(changes);
      } catch (RuntimeException e) {
        registry.setRollbackOnly(); // the change must not commit without its record
        throw new IllegalStateException("Could not write the audit record: " + e.getMessage(), e);
      }
    }

    @Override
    public void afterCompletion(int status) {
      changes.clear();
    }
  }

  /** Locks the head, inserts the changes as the chain's next entries in order, moves the head. */
  private void chain(List<AuditChange> changes) {
    Object[] head = (Object[]) em.createNativeQuery(LOCK_HEAD).getSingleResult();
    String lastHash = (String) head[0];
    long lastId = head[1] == null ? FIRST_ID - 1 : ((Number) head[1]).longValue();
    for (AuditChange change : changes) {
      String hash = AuditHasher.hash(change, lastHash);
      lastId++;
      em.persist(new AuditEntry(lastId, change, lastHash, hash));
      lastHash = hash;
    }
    em.flush(); // the head references the newest entry, so the entries' rows go first
    em.createNativeQuery(MOVE_HEAD).setParameter(1, lastHash).setParameter(2, lastId).executeUpdate();
  }

  /** The history of one entity, oldest first. */
  public List<AuditEntry> findByEntity(String entityType, String entityId) {
    return em.createNamedQuery("AuditEntry.findByEntity", AuditEntry.class)
        .setParameter("entityType", entityType)
        .setParameter("entityId", entityId)
        .getResultList();
  }

  /** A page of the whole record in chain (id) order, for listing and for verifying page by page. */
  public List<AuditEntry> findAllOrdered(int first, int max) {
    return em.createNamedQuery("AuditEntry.findAllOrdered", AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Checks the whole chain from its first entry, a page at a time in id order (keyset paging), and
   * stops at the first broken link. Each page is detached once checked, so memory stays flat
   * however long the record grows. Meant for a transaction of its own: it clears the persistence
   * context between pages.
   */
  public AuditChainVerifier.ChainCheck verifyChain(int pageSize) {
    return AuditChainVerifier.verifyInPages(
        after -> em.createQuery("SELECT e FROM AuditEntry e WHERE e.id > :after ORDER BY e.id", AuditEntry.class)
            .setParameter("after", after)
            .setMaxResults(pageSize)
            .getResultList(),
        em::clear);
  }

  /** The newest entry, if any. */
  public Optional<AuditEntry> latest() {
    return em.createNamedQuery("AuditEntry.findNewestFirst", AuditEntry.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
