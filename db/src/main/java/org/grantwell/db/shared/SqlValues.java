package org.grantwell.db.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The values of a native query's row as the JDBC drivers give them (PostgreSQL and H2 differ:
 * Timestamp or OffsetDateTime, java.sql.Date or LocalDate, BigDecimal or Long), read into the
 * application's types in one place. Null stays null unless the method says otherwise.
 */
public final class SqlValues {

  private SqlValues() {}

  /** A NUMERIC(14,2) as Money; its scale must already be pence. */
  public static Money money(Object value) {
    if (value == null) {
      return null;
    }
    BigDecimal amount = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    return Money.of(amount.setScale(Money.SCALE, RoundingMode.UNNECESSARY));
  }

  /** As {@link #money}, with a missing sum (SUM over no rows) as zero. */
  public static Money moneyOrZero(Object value) {
    return value == null ? Money.ZERO : money(value);
  }

  /** A TIMESTAMP WITH TIME ZONE (a zone-less LocalDateTime is taken as UTC). */
  public static Instant instant(Object value) {
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
    if (value instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant();
    }
    throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
  }

  /** A DATE. */
  public static LocalDate date(Object value) {
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

  public static Integer integer(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  /** A count or an id, never null. */
  public static long number(Object value) {
    return ((Number) value).longValue();
  }

  public static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
