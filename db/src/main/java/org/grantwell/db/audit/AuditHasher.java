package org.grantwell.db.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Computes an audit entry's hash: SHA-256, as 64 lower-case hex digits, of a canonical text of the
 * entry's content and the previous entry's hash. Chaining each hash to the one before makes the
 * record tamper-evident: editing, inserting or removing an entry changes every later link.
 *
 * <p>The canonical text is a version line, then one line per field in a fixed order, each value
 * prefixed by its length ({@code actor=5:alice}) and a null written as {@code -}, so that no two
 * different entries give the same text. The id is not part of it: the chain itself fixes the
 * order. Changing this format breaks every stored chain; a new format needs a new version line.
 */
public final class AuditHasher {

  static final String FORMAT_VERSION = "grantwell-audit-v1";

  private AuditHasher() {}

  /** The hash of an entry with this content that follows the entry hashed {@code prevHash}. */
  public static String hash(AuditChange change, String prevHash) {
    return sha256Hex(
        canonical(
            change.occurredAt(),
            change.actor(),
            change.entityType(),
            change.entityId(),
            change.action(),
            change.oldValue(),
            change.newValue(),
            prevHash));
  }

  /**
   * The hash an entry should carry given its stored content and stored previous hash. Reads the
   * stored fields as they are (not through {@link AuditChange}'s checks), so that a row edited
   * into something invalid still gets a hash, which then does not match.
   */
  public static String expectedHash(AuditEntry entry) {
    return sha256Hex(
        canonical(
            entry.getOccurredAt(),
            entry.getActor(),
            entry.getEntityType(),
            entry.getEntityId(),
            entry.getAction(),
            entry.getOldValue(),
            entry.getNewValue(),
            entry.getPrevHash()));
  }

  /** The text that is hashed; package-visible for tests. */
  static String canonical(
      Instant occurredAt,
      String actor,
      String entityType,
      String entityId,
      String action,
      String oldValue,
      String newValue,
      String prevHash) {
    StringBuilder text = new StringBuilder(256).append(FORMAT_VERSION).append('\n');
    field(text, "occurred_at", occurredAt == null ? null : DateTimeFormatter.ISO_INSTANT.format(occurredAt));
    field(text, "actor", actor);
    field(text, "entity_type", entityType);
    field(text, "entity_id", entityId);
    field(text, "action", action);
    field(text, "old_value", oldValue);
    field(text, "new_value", newValue);
    field(text, "prev_hash", prevHash);
    return text.toString();
  }

  private static void field(StringBuilder text, String name, String value) {
    text.append(name).append('=');
    if (value == null) {
      text.append('-');
    } else {
      text.append(value.length()).append(':').append(value);
    }
    text.append('\n');
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
