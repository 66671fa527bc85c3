package org.grantwell.bench.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.grantwell.db.audit.AuditChange;
import org.grantwell.db.audit.AuditHasher;
import org.grantwell.db.audit.AuditValue;

/**
 * Collects the audit records of the whole workload, then puts them in time order, numbers them and
 * chains their hashes exactly as {@code AuditRepository.append} does: each entry's hash is {@link
 * AuditHasher#hash} of its content and the previous entry's hash, so the chain verifies.
 */
final class AuditLog {

  private record Pending(AuditChange change, long order) {}

  private final List<Pending> pending = new ArrayList<>();

  void record(Instant at, String actor, String entityType, String entityId, String action,
      Map<String, ?> before, Map<String, ?> after) {
    pending.add(new Pending(
        new AuditChange(at, actor, entityType, entityId, action, AuditValue.json(before), AuditValue.json(after)),
        pending.size()));
  }

  int size() {
    return pending.size();
  }

  /** Writes the chain into {@code audit_entry} from {@code firstId}; returns the last id and hash. */
  String[] chainInto(Table table, long firstId) {
    pending.sort(Comparator.comparing((Pending p) -> p.change().occurredAt()).thenComparingLong(Pending::order));
    String previous = null;
    long id = firstId - 1;
    for (Pending entry : pending) {
      AuditChange change = entry.change();
      String hash = AuditHasher.hash(change, previous);
      id++;
      table.add(id, change.occurredAt(), change.actor(), change.entityType(), change.entityId(), change.action(),
          change.oldValue(), change.newValue(), previous, hash);
      previous = hash;
    }
    return new String[] {String.valueOf(id), previous};
  }
}
