package org.grantwell.db.audit;

import java.time.Instant;
import java.util.regex.Pattern;
import org.grantwell.db.shared.Stored;

/**
 * What one audit entry records: who did what to which entity, and when, with the entity's values
 * before and after as JSON text ({@link AuditValue}). The instant is cut to microseconds, the
 * precision both databases keep, so that a hash computed before storing still matches after
 * reading back.
 *
 * @param occurredAt when the change happened
 * @param actor the username, or {@link #SYSTEM} for timers and jobs
 * @param entityType upper-case kind of entity: {@code ROUND}, {@code BID}, {@code AWARD}, {@code
 *     LEDGER_ENTRY}, {@code USER}
 * @param entityId the entity's business key or id
 * @param action upper-case verb in the past tense: {@code CREATED}, {@code UPDATED}, {@code
 *     SUBMITTED}
 * @param oldValue JSON of the values before the change, or null (creation)
 * @param newValue JSON of the values after the change, or null (removal)
 */
public record AuditChange(
    Instant occurredAt,
    String actor,
    String entityType,
    String entityId,
    String action,
    String oldValue,
    String newValue) implements java.io.Serializable {

  /** The actor of changes made by the application itself (timers, jobs, migrations). */
  public static final String SYSTEM = "system";

  public static final int MAX_VALUE_LENGTH = 20_000;

  private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
  private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  public AuditChange {
    if (occurredAt == null) {
      throw new IllegalArgumentException("An audit entry needs the time of the change");
    }
    occurredAt = Stored.instant(occurredAt);
    actor = requireText(actor, "actor", 64);
    entityId = requireText(entityId, "entity id", 64);
    if (entityType == null || !ENTITY_TYPE.matcher(entityType).matches()) {
      throw new IllegalArgumentException(
          "An audit entity type is 1-32 upper-case letters, digits or underscores, not " + entityType);
    }
    if (action == null || !ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException(
          "An audit action is 1-64 upper-case letters, digits or underscores, not " + action);
    }
    requireFits(oldValue, "old value");
    requireFits(newValue, "new value");
  }

  private static String requireText(String value, String what, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An audit entry needs an " + what);
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new IllegalArgumentException(
          "An audit " + what + " is at most " + maxLength + " characters: " + stripped);
    }
    return stripped;
  }

  private static void requireFits(String json, String what) {
    if (json != null && json.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException(
          "An audit " + what + " is at most " + MAX_VALUE_LENGTH + " characters, not " + json.length());
    }
  }
}
