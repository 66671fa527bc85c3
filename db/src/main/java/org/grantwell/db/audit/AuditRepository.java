package org.grantwell.db.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Appends to and reads the audit record. Appending takes a row lock on the chain's head ({@code
 * audit_chain_head}, one row) before reading the newest hash, so that concurrent transactions
 * chain their entries one after the other instead of both following the same entry; the lock is
 * held until the caller's transaction ends, which must therefore be short. Must be called inside
 * the caller's transaction (the one that makes the audited change).
 */
@ApplicationScoped
public class AuditRepository {

  private static final String LOCK_HEAD =
      "SELECT last_hash, last_entry_id FROM audit_chain_head WHERE id = 1 FOR UPDATE";
  private static final String MOVE_HEAD =
      "UPDATE audit_chain_head SET last_hash = ?1, last_entry_id = ?2 WHERE id = 1";

  @PersistenceContext private EntityManager em;

  /**
   * Records a change as the new last entry of the chain, in the caller's transaction: locks the
   * head, hashes the change with the newest hash, inserts the entry and moves the head to it.
   *
   * @throws IllegalStateException if the new entry's id is not above the newest entry's, which
   *     would make id order differ from chain order (possible only when several servers with
   *     their own preallocated id blocks share the database)
   */
  public AuditEntry append(AuditChange change) {
    Object[] head = (Object[]) em.createNativeQuery(LOCK_HEAD).getSingleResult();
    AuditEntry entry = new AuditEntry(change, (String) head[0]);
    em.persist(entry); // the id is drawn here, under the lock, so ids follow the chain
    requireAfter(entry, (Number) head[1]);
    em.flush(); // the head references the entry, so the entry's row goes first
    em.createNativeQuery(MOVE_HEAD)
        .setParameter(1, entry.getHash())
        .setParameter(2, entry.getId())
        .executeUpdate();
    return entry;
  }

  private static void requireAfter(AuditEntry entry, Number lastEntryId) {
    if (lastEntryId != null && entry.getId() <= lastEntryId.longValue()) {
      throw new IllegalStateException(
          "Audit entry id " + entry.getId() + " is not above the newest entry's " + lastEntryId
              + ": ids would not follow the chain");
    }
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
