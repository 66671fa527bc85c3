package org.grantwell.db.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit record: a change to a round, bid, award, ledger entry or user, chained to
 * the entry before it by {@link #getPrevHash()} and sealed by {@link #getHash()} ({@link
 * AuditHasher}). Immutable: there are no setters and no column is updatable, and the database
 * refuses UPDATE and DELETE on the table (migration V7_1), so a correction is a new entry. Entries
 * are written only by {@link AuditRepository}, which chains them in one line when the transaction
 * that recorded them commits; this class maps them for reading.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = "AuditEntry.findByEntity",
    query =
        "SELECT a FROM AuditEntry a WHERE a.entityType = :entityType AND a.entityId = :entityId"
            + " ORDER BY a.id")
@NamedQuery(name = "AuditEntry.findAllOrdered", query = "SELECT a FROM AuditEntry a ORDER BY a.id")
@NamedQuery(name = "AuditEntry.findNewestFirst", query = "SELECT a FROM AuditEntry a ORDER BY a.id DESC")
public class AuditEntry {

  @Id
  // the chain head's last id plus one, given under the head's lock by AuditRepository (V17)
  @Column(updatable = false)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(name = "entity_type", nullable = false, updatable = false, length = 32)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false, length = 64)
  private String entityId;

  @Column(nullable = false, updatable = false, length = 64)
  private String action;

  @Column(name = "old_value", updatable = false, length = AuditChange.MAX_VALUE_LENGTH)
  private String oldValue;

  @Column(name = "new_value", updatable = false, length = AuditChange.MAX_VALUE_LENGTH)
  private String newValue;

  @Column(name = "prev_hash", updatable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, unique = true, updatable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  /** A new entry following the entry hashed {@code prevHash} (null for the first entry). */
  AuditEntry(AuditChange change, String prevHash) {
    this(null, change, prevHash, AuditHasher.hash(change, prevHash));
  }

  /** An entry as stored: the repository gives the id and hash (the verifier's tests, any hash). */
  AuditEntry(Long id, AuditChange change, String prevHash, String hash) {
    Objects.requireNonNull(change, "change");
    this.id = id;
    this.occurredAt = change.occurredAt();
    this.actor = change.actor();
    this.entityType = change.entityType();
    this.entityId = change.entityId();
    this.action = change.action();
    this.oldValue = change.oldValue();
    this.newValue = change.newValue();
    this.prevHash = prevHash;
    this.hash = Objects.requireNonNull(hash, "hash");
  }

  /** The content of this entry, as hashed. */
  public AuditChange change() {
    return new AuditChange(occurredAt, actor, entityType, entityId, action, oldValue, newValue);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getAction() {
    return action;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }

  /** Entries are equal when their hashes are, which is unique in the table. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof AuditEntry other && hash != null && hash.equals(other.hash));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(hash);
  }

  @Override
  public String toString() {
    return "AuditEntry[" + id + " " + entityType + " " + entityId + " " + action + " by " + actor + "]";
  }
}
