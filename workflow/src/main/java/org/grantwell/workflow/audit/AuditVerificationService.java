package org.grantwell.workflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.grantwell.db.audit.AuditChainVerifier;
import org.grantwell.db.audit.AuditChainVerifier.BrokenLink;
import org.grantwell.db.audit.AuditRepository;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;

/**
 * Checks that nobody has edited the audit record behind the application's back: walks the hash
 * chain from its first entry and names the first broken link. For administrators and national
 * finance (the auditors' roles).
 */
@ApplicationScoped
public class AuditVerificationService {

  static final int PAGE_SIZE = 500;

  @Inject private AuditRepository audit;
  @Inject private Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public AuditVerification verify(Caller caller) {
    if (!caller.isNational()) {
      throw new ForbiddenActionException("Only administrators and national finance verify the audit record");
    }
    AuditChainVerifier.ChainCheck check = audit.verifyChain(PAGE_SIZE);
    if (check.firstBroken().isEmpty()) {
      return new AuditVerification(true, check.intactEntries(), null, null,
          "The audit record is intact: " + check.intactEntries() + " entries checked", clock.instant());
    }
    BrokenLink broken = check.firstBroken().get();
    return new AuditVerification(false, check.intactEntries(), broken.entryId(), broken.reason().name(),
        broken.describe() + (broken.reason().name().equals("HASH_MISMATCH")
            ? " (its content no longer matches its hash: it was edited)"
            : " (it does not follow the entry before it: an entry was edited, inserted or removed)"),
        clock.instant());
  }
}
