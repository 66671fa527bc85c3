package org.grantwell.workflow.finance;

import org.grantwell.db.finance.FinanceScope;
import org.grantwell.workflow.security.Caller;

/**
 * Whose records a caller sees: national finance and administrators every round; anyone else the
 * rounds their organisation funds and the bids it leads (as {@code Action1Service} decides scope,
 * plus the bidder's own bids).
 */
final class FinanceScopes {

  private FinanceScopes() {}

  static FinanceScope of(Caller caller, String roundReference, String programmeCode) {
    return new FinanceScope(caller.isNational() ? null : caller.organisationId(), roundReference, programmeCode);
  }
}
