package org.grantwell.workflow.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.grantwell.db.ledger.EntryType;
import org.grantwell.db.ledger.LedgerEntry;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.shared.InvalidInputException;

/** The checks of what a ledger call was given, and what its audit record says. */
final class LedgerRequests {

  private LedgerRequests() {}

  static void requirePositive(Money amount, String field) {
    if (amount == null || !amount.isPositive()) {
      throw new InvalidInputException(
          "NOT_POSITIVE", field, "The " + field + " must be more than £0.00");
    }
  }

  static void requireCaller(String actor, String key) {
    if (actor == null || actor.isBlank() || actor.length() > LedgerEntry.MAX_ACTOR_LENGTH) {
      throw new InvalidInputException(
          "NO_ACTOR", "actor", "A ledger entry needs the user making it");
    }
    if (key == null || key.isBlank() || key.length() > LedgerEntry.MAX_KEY_LENGTH) {
      throw new InvalidInputException(
          "BAD_IDEMPOTENCY_KEY",
          "idempotencyKey",
          "An idempotency key of 1 to " + LedgerEntry.MAX_KEY_LENGTH + " characters is needed");
    }
  }

  static String requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > LedgerEntry.MAX_REASON_LENGTH) {
      throw new InvalidInputException(
          "NO_REASON",
          "reason",
          "Give the reason, in at most " + LedgerEntry.MAX_REASON_LENGTH + " characters");
    }
    return reason.strip();
  }

  static FinancialQuarter period(FinancialYear year, int quarter) {
    if (year == null || quarter < 1 || quarter > 4) {
      throw new InvalidInputException(
          "BAD_PERIOD",
          "quarter",
          "A claim is paid for a financial year and a quarter from 1 to 4");
    }
    return year.quarter(quarter);
  }

  static void requireDifferentYears(FinancialYear from, FinancialYear to) {
    if (from == null || to == null || from.equals(to)) {
      throw new InvalidInputException(
          "SAME_YEAR", "to", "Money is moved from one financial year to a different one");
    }
  }

  /** Whether an earlier entry is of this type and award. */
  static Predicate<LedgerEntry> sameKind(EntryType type, long bidId) {
    return entry -> entry.getType() == type && Long.valueOf(bidId).equals(entry.getBidId());
  }

  /** Whether an earlier entry is the one this request would write (same type, award and amount). */
  static Predicate<LedgerEntry> same(EntryType type, long bidId, Money amount) {
    return sameKind(type, bidId).and(entry -> entry.getAmount().compareTo(amount) == 0);
  }

  static Map<String, Object> auditValues(LedgerEntry entry) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("type", entry.getType());
    values.put("roundId", entry.getRoundId());
    values.put("bidId", entry.getBidId());
    values.put("organisationId", entry.getOrganisationId());
    values.put("forceAreaId", entry.getForceAreaId());
    values.put(
        "financialYear",
        entry.getFinancialYear() == null ? null : entry.getFinancialYear().label());
    values.put("quarter", entry.getQuarter());
    values.put("costCategory", entry.getCostCategory());
    values.put("amount", entry.getAmount());
    values.put("reason", entry.getReason());
    values.put("idempotencyKey", entry.getIdempotencyKey());
    return values;
  }
}
