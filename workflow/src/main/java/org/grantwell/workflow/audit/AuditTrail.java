package org.grantwell.workflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.grantwell.db.audit.AuditChange;
import org.grantwell.db.audit.AuditRepository;
import org.grantwell.db.audit.AuditValue;

/**
 * Writes one audit record for one change, in the caller's transaction (MANDATORY): the record and
 * the change it describes commit or roll back together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

  @Inject private AuditRepository audit;
  @Inject private Clock clock;

  public void record(
      String actor,
      String entityType,
      String entityId,
      String action,
      Map<String, ?> before,
      Map<String, ?> after) {
    audit.append(
        new AuditChange(clock.instant(), actor, entityType, entityId, action, json(before), json(after)));
  }

  private static String json(Map<String, ?> values) {
    if (values == null) {
      return null;
    }
    String json = AuditValue.json(values);
    if (json.length() > AuditChange.MAX_VALUE_LENGTH) {
      throw new IllegalStateException(
          "An audit value of " + json.length() + " characters exceeds " + AuditChange.MAX_VALUE_LENGTH);
    }
    return json;
  }
}
