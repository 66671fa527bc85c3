package org.grantwell.workflow.ledger;

import java.time.Instant;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.ledger.EntryType;
import org.grantwell.db.ledger.LedgerEntry;
import org.grantwell.db.ledger.Recipient;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/** What a ledger entry will say, before it has its key, author and time. */
record LedgerDraft(
    EntryType type,
    long roundId,
    Bid bid,
    Money amount,
    String reason,
    FinancialYear year,
    Integer quarter) implements java.io.Serializable {

  LedgerDraft(EntryType type, long roundId, Bid bid, Money amount, String reason) {
    this(type, roundId, bid, amount, reason, null, null);
  }

  LedgerDraft in(FinancialYear financialYear, Integer quarterOfYear) {
    return new LedgerDraft(type, roundId, bid, amount, reason, financialYear, quarterOfYear);
  }

  LedgerDraft negated() {
    return new LedgerDraft(type, roundId, bid, Money.ZERO.minus(amount), reason, year, quarter);
  }

  /** The entry, paid to the bid's lead organisation in the bid's force area. */
  LedgerEntry entry(String key, String actor, Instant now) {
    Recipient recipient =
        bid == null
            ? null
            : Recipient.award(
                bid.getId(), bid.getLeadOrganisation().getId(), bid.getForceArea().getId());
    return new LedgerEntry(
        type, roundId, recipient, year, quarter, null, amount, reason, key, actor, now);
  }
}
