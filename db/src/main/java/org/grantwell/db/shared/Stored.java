package org.grantwell.db.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Values as their columns hold them: NUMERIC(_,2) and microsecond timestamps ({@link SqlValues}
 * reads them back). An object that outlives its transaction must equal one read back from the
 * database: a funding round is kept in the shared cache, so a weight of 30 on the instance that
 * wrote it would read 30.00 on the other (and after a restart), which the H2 smoke test's "same
 * rounds after a restart" caught; an audit entry's time is hashed into the chain before it is
 * stored.
 */
public final class Stored {

  private Stored() {}

  /** The number at the scale of its NUMERIC(_,2) column, rounded as the database rounds it. */
  public static BigDecimal decimal(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }

  /** The instant at the microseconds of a timestamp column. */
  public static Instant instant(Instant value) {
    return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
  }
}
