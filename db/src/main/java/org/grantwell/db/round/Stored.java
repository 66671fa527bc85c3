package org.grantwell.db.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Values of a round as its columns hold them: NUMERIC(_,2) and microsecond timestamps. A round is
 * kept in the shared cache ({@link FundingRound}), so the copy made by the instance that wrote it
 * must equal one read back from the database: otherwise a weight of 30 read 30 on that instance
 * and 30.00 on the other (and after a restart), which the H2 smoke test's "same rounds after a
 * restart" caught.
 */
final class Stored {

  private Stored() {}

  /** The number at the scale of its NUMERIC(_,2) column, rounded as the database rounds it. */
  static BigDecimal decimal(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }

  /** The instant at the microseconds of a timestamp column. */
  static Instant instant(Instant value) {
    return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
  }
}
