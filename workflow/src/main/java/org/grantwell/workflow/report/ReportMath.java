package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/** The arithmetic of the Action 1 figures: percentages, medians, London day counts, Gini. */
final class ReportMath {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Intermediate quotients (money per resident) keep 34 significant digits before rounding. */
  static final MathContext EXACT = MathContext.DECIMAL128;

  private ReportMath() {}

  /** {@code part / whole × 100} at scale 1, half-even; null when the whole is zero. */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
  }

  /** The median at scale 1: the middle value, or the mean of the middle two; null when empty. */
  static BigDecimal median(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    BigDecimal upper = BigDecimal.valueOf(sorted.get(middle));
    if (sorted.size() % 2 == 1) {
      return upper.setScale(1, RoundingMode.UNNECESSARY);
    }
    BigDecimal lower = BigDecimal.valueOf(sorted.get(middle - 1));
    return lower.add(upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_EVEN);
  }

  /** The calendar date of an instant in London, where windows open and close. */
  static LocalDate londonDate(Instant instant) {
    return instant.atZone(FinancialYear.LONDON).toLocalDate();
  }

  /**
   * The length of an application window in days: from the London date it opens to the London date
   * of the last moment a bid can still be made ({@code closesAt} is exclusive, so a window that
   * closes at midnight ends on the day before). Counting calendar dates, not 24-hour periods, keeps
   * a window that spans the change to or from British Summer Time at its published length.
   */
  static long applicationDays(Instant opensAt, Instant closesAt) {
    return ChronoUnit.DAYS.between(londonDate(opensAt), londonDate(closesAt.minusNanos(1)));
  }

  /** A spending window's length in days, both ends included (1 April to 31 March is 365). */
  static long spendingDays(LocalDate spendStart, LocalDate spendBy) {
    return ChronoUnit.DAYS.between(spendStart, spendBy) + 1;
  }

  /** Money per 1,000 residents, rounded half-even to the penny. */
  static Money perThousand(Money money, long population) {
    return Money.of(
        money
            .amount()
            .multiply(BigDecimal.valueOf(1000))
            .divide(BigDecimal.valueOf(population), Money.SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * The Gini coefficient of some non-negative values, at scale 4, half-even; null when they sum to
   * zero. With the n values sorted ascending as x(1)..x(n), G = (2 Σ i·x(i) − (n+1) Σ x(i)) / (n Σ
   * x(i)), which equals the mean absolute difference over all ordered pairs divided by twice the
   * mean, Σi Σj |xi − xj| / (2 n² mean): 0 when all are equal, (n−1)/n when one has everything.
   */
  static BigDecimal gini(List<BigDecimal> values) {
    List<BigDecimal> sorted = values.stream().sorted().toList();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    for (int i = 0; i < sorted.size(); i++) {
      sum = sum.add(sorted.get(i));
      weighted = weighted.add(sorted.get(i).multiply(BigDecimal.valueOf(i + 1L)));
    }
    if (sum.signum() == 0) {
      return null;
    }
    BigDecimal n = BigDecimal.valueOf(sorted.size());
    BigDecimal numerator =
        weighted.multiply(BigDecimal.valueOf(2)).subtract(n.add(BigDecimal.ONE).multiply(sum));
    return numerator.divide(n.multiply(sum), 4, RoundingMode.HALF_EVEN);
  }
}
