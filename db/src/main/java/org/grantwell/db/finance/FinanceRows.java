package org.grantwell.db.finance;

import java.time.Instant;
import java.time.LocalDate;
import org.grantwell.db.bid.rules.MatchStatus;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.SqlValues;

/** The rows of the finance queries ({@link FinanceSql}), and reading their column values. */
public final class FinanceRows {

  private FinanceRows() {}

  /**
   * A bid with one of its match contributions (the contribution fields are null for a bid with
   * none); {@code requested} is the sum of its budget, {@code awarded} null until it is funded.
   */
  public record MatchRow(
      long bidId,
      String bidReference,
      String bidTitle,
      String bidStatus,
      String roundReference,
      String programmeCode,
      long leadOrganisationId,
      String leadOrganisationName,
      long funderId,
      String decision,
      Money awarded,
      Instant decidedAt,
      Money requested,
      Integer position,
      String source,
      Integer financialYear,
      Money amount,
      Boolean inKind,
      MatchStatus status,
      String evidence) implements java.io.Serializable {}

  /** One recorded status change of a contribution. */
  public record StatusChangeRow(
      long id,
      long bidId,
      int position,
      MatchStatus from,
      MatchStatus to,
      String evidence,
      String changedBy,
      Instant changedAt) implements java.io.Serializable {}

  /** A funded award that has not lapsed, with its spending window (the round's if it has none). */
  public record AwardRow(
      long bidId,
      String bidReference,
      String bidTitle,
      String roundReference,
      String programmeCode,
      String organisationName,
      Money amount,
      LocalDate spendStart,
      LocalDate spendBy,
      String offerStatus) implements java.io.Serializable {}

  /** An amount of one bid in one financial quarter (start year and quarter number). */
  public record QuarterAmountRow(long bidId, int financialYear, int quarter, Money amount) implements java.io.Serializable {}

  /** The ledger sums of one group; key and label null for entries outside every group. */
  public record BalanceRow(
      String key, String label, Money pot, Money committed, Money paid, Money clawedBack) implements java.io.Serializable {

    public Money remaining() {
      return pot.minus(committed);
    }

    /** What is committed and not yet paid. */
    public Money outstanding() {
      return committed.minus(paid);
    }
  }







  static Boolean bool(Object value) {
    return value == null ? null : (Boolean) value;
  }

  static MatchStatus status(Object value) {
    return value == null ? null : MatchStatus.valueOf(value.toString());
  }

  static MatchRow matchRow(Object[] r) {
    return new MatchRow(SqlValues.number(r[0]), SqlValues.text(r[1]), SqlValues.text(r[2]), SqlValues.text(r[3]), SqlValues.text(r[4]), SqlValues.text(r[5]),
        SqlValues.number(r[6]), SqlValues.text(r[7]), SqlValues.number(r[8]), SqlValues.text(r[9]), SqlValues.money(r[10]), SqlValues.instant(r[11]),
        SqlValues.money(r[12]), SqlValues.integer(r[13]), SqlValues.text(r[14]), SqlValues.integer(r[15]), SqlValues.money(r[16]), bool(r[17]),
        status(r[18]), SqlValues.text(r[19]));
  }

  static StatusChangeRow changeRow(Object[] r) {
    return new StatusChangeRow(SqlValues.number(r[0]), SqlValues.number(r[1]), SqlValues.integer(r[2]), status(r[3]), status(r[4]),
        SqlValues.text(r[5]), SqlValues.text(r[6]), SqlValues.instant(r[7]));
  }

  static AwardRow awardRow(Object[] r) {
    return new AwardRow(SqlValues.number(r[0]), SqlValues.text(r[1]), SqlValues.text(r[2]), SqlValues.text(r[3]), SqlValues.text(r[4]), SqlValues.text(r[5]),
        SqlValues.money(r[6]), SqlValues.date(r[7]), SqlValues.date(r[8]), SqlValues.text(r[9]));
  }

  static QuarterAmountRow quarterRow(Object[] r) {
    return new QuarterAmountRow(SqlValues.number(r[0]), SqlValues.integer(r[1]), SqlValues.integer(r[2]), SqlValues.money(r[3]));
  }

  static BalanceRow balanceRow(Object[] r) {
    return new BalanceRow(SqlValues.text(r[0]), SqlValues.text(r[1]), SqlValues.money(r[2]), SqlValues.money(r[3]), SqlValues.money(r[4]), SqlValues.money(r[5]));
  }
}
