package org.grantwell.db.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.grantwell.db.bid.rules.MatchStatus;
import org.grantwell.db.shared.Money;

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
      String evidence) {}

  /** One recorded status change of a contribution. */
  public record StatusChangeRow(
      long id,
      long bidId,
      int position,
      MatchStatus from,
      MatchStatus to,
      String evidence,
      String changedBy,
      Instant changedAt) {}

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
      String offerStatus) {}

  /** An amount of one bid in one financial quarter (start year and quarter number). */
  public record QuarterAmountRow(long bidId, int financialYear, int quarter, Money amount) {}

  /** The ledger sums of one group; key and label null for entries outside every group. */
  public record BalanceRow(
      String key, String label, Money pot, Money committed, Money paid, Money clawedBack) {

    public Money remaining() {
      return pot.minus(committed);
    }

    /** What is committed and not yet paid. */
    public Money outstanding() {
      return committed.minus(paid);
    }
  }

  static Money money(Object value) {
    if (value == null) {
      return null;
    }
    BigDecimal amount = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    return Money.of(amount.setScale(Money.SCALE, java.math.RoundingMode.UNNECESSARY));
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
  }

  static Integer integer(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  static Boolean bool(Object value) {
    return value == null ? null : (Boolean) value;
  }

  static MatchStatus status(Object value) {
    return value == null ? null : MatchStatus.valueOf(value.toString());
  }

  static MatchRow matchRow(Object[] r) {
    return new MatchRow(number(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5]),
        number(r[6]), text(r[7]), number(r[8]), text(r[9]), money(r[10]), instant(r[11]),
        money(r[12]), integer(r[13]), text(r[14]), integer(r[15]), money(r[16]), bool(r[17]),
        status(r[18]), text(r[19]));
  }

  static StatusChangeRow changeRow(Object[] r) {
    return new StatusChangeRow(number(r[0]), number(r[1]), integer(r[2]), status(r[3]), status(r[4]),
        text(r[5]), text(r[6]), instant(r[7]));
  }

  static AwardRow awardRow(Object[] r) {
    return new AwardRow(number(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5]),
        money(r[6]), date(r[7]), date(r[8]), text(r[9]));
  }

  static QuarterAmountRow quarterRow(Object[] r) {
    return new QuarterAmountRow(number(r[0]), integer(r[1]), integer(r[2]), money(r[3]));
  }

  static BalanceRow balanceRow(Object[] r) {
    return new BalanceRow(text(r[0]), text(r[1]), money(r[2]), money(r[3]), money(r[4]), money(r[5]));
  }
}
