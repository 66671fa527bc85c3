package org.grantwell.workflow.ledger;

import static org.grantwell.db.shared.MoneyFormat.format;

import org.grantwell.db.shared.Money;
import org.grantwell.workflow.shared.InvalidInputException;

/**
 * The ledger refused a movement because it would break an invariant (over-commit the pot, overpay
 * an award, ...): HTTP 422 with a stable code. The same refusal whether the service saw it coming
 * or the database's CHECK caught it. When the service saw it coming nothing was written and the
 * caller's transaction may go on; when the database caught it the transaction rolls back.
 */
public class LedgerRefusedException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public LedgerRefusedException(String code, String field, String message) {
    super(code, field, message);
  }

  /** The stable code, e.g. {@code POT_EXCEEDED}. */
  public String code() {
    return errors().get(0).code();
  }

  static LedgerRefusedException overCommitment(Money remaining, Money award) {
    return new LedgerRefusedException(
        "POT_EXCEEDED",
        "amount",
        "The round has "
            + format(remaining)
            + " left; this award of "
            + format(award)
            + " would over-commit it");
  }

  static LedgerRefusedException potBelowCommitted(Money committed, Money pot) {
    return new LedgerRefusedException(
        "POT_BELOW_COMMITTED",
        "pot",
        "The round has "
            + format(committed)
            + " committed; a pot of "
            + format(pot)
            + " would leave it over-committed");
  }

  static LedgerRefusedException overPayment(Money outstanding, Money claim) {
    return new LedgerRefusedException(
        "CLAIM_EXCEEDS_AWARD",
        "amount",
        "The award has "
            + format(outstanding)
            + " left to pay; this claim of "
            + format(claim)
            + " would overpay it");
  }

  static LedgerRefusedException beyondOutstanding(Money outstanding, Money amount, String what) {
    return new LedgerRefusedException(
        "EXCEEDS_OUTSTANDING",
        "amount",
        "The award has "
            + format(outstanding)
            + " not yet paid, less than this "
            + what
            + " of "
            + format(amount));
  }

  static LedgerRefusedException overClawback(Money paidNet, Money clawback) {
    return new LedgerRefusedException(
        "CLAWBACK_EXCEEDS_PAID",
        "amount",
        "The award has been paid "
            + format(paidNet)
            + " net of clawbacks; a clawback of "
            + format(clawback)
            + " would exceed it");
  }

  static LedgerRefusedException nothingToRelease(Money outstanding) {
    return new LedgerRefusedException(
        "NOTHING_TO_RELEASE",
        "bidId",
        "The award has " + format(outstanding) + " not yet paid, so there is nothing to release");
  }

  static LedgerRefusedException noPot() {
    return new LedgerRefusedException(
        "NO_POT", "roundId", "The round has no pot yet; set its pot before committing awards");
  }

  static LedgerRefusedException noAward(String bidReference) {
    return new LedgerRefusedException(
        "NO_AWARD", "bidId", "Nothing has been committed to bid " + bidReference + " yet");
  }

  static LedgerRefusedException potUnchanged(Money pot) {
    return new LedgerRefusedException("POT_UNCHANGED", "pot", "The pot is already " + format(pot));
  }

  static LedgerRefusedException keyReused(String key, Long entryId) {
    return new LedgerRefusedException(
        "IDEMPOTENCY_KEY_REUSED",
        "idempotencyKey",
        "The key " + key + " was already used for a different ledger entry (" + entryId + ")");
  }
}
