package org.grantwell.db.round;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.grantwell.db.shared.FinancialYear;

/** When a round takes bids: from {@code opensAt} (inclusive) to {@code closesAt} (exclusive). */
public record ApplicationWindow(Instant opensAt, Instant closesAt) implements java.io.Serializable {

  public ApplicationWindow {
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    if (!closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException("An application window must close after it opens");
    }
  }

  /** A window given in London local time, as funders publish it (e.g. closes 23:59 15 July). */
  public static ApplicationWindow inLondon(LocalDateTime opens, LocalDateTime closes) {
    return new ApplicationWindow(
        opens.atZone(FinancialYear.LONDON).toInstant(), closes.atZone(FinancialYear.LONDON).toInstant());
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
  }

  /**
   * Whole days from opening to closing as the clock on the wall in London counts them, so that a
   * window across the spring clock change is not a day short (elapsed time loses the hour, and
   * {@code Duration.toDays} rounded the week of 27 March to 3 April 2025 down to 6 days).
   */
  public long lengthInDays() {
    return java.time.temporal.ChronoUnit.DAYS.between(
        opensAt.atZone(FinancialYear.LONDON).toLocalDateTime(), closesAt.atZone(FinancialYear.LONDON).toLocalDateTime());
  }
}
