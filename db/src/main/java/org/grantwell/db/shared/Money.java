package org.grantwell.db.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of pounds sterling at scale 2 (pence), immutable. Arithmetic on money stays here so that
 * no amount is ever held in a floating-point type; shares and percentages are rounded back to pence
 * in one place ({@link #percent(BigDecimal)}), half-even.
 */
public final class Money implements Comparable<Money>, Serializable {

  private static final long serialVersionUID = 1L;
  public static final int SCALE = 2;
  /** The largest amount a {@code NUMERIC(14,2)} column holds. */
  public static final BigDecimal MAX = new BigDecimal("999999999999.99");
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private final BigDecimal pounds;

  private Money(BigDecimal pounds) {
    this.pounds = pounds.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  /**
   * @throws IllegalArgumentException when the amount has fractions of a penny or does not fit {@code
   *     NUMERIC(14,2)}
   */
  public static Money of(BigDecimal pounds) {
    Objects.requireNonNull(pounds, "amount");
    if (pounds.stripTrailingZeros().scale() > SCALE) {
      throw new IllegalArgumentException("An amount cannot have fractions of a penny: " + pounds);
    }
    if (pounds.abs().compareTo(MAX) > 0) {
      throw new IllegalArgumentException("An amount cannot exceed £999,999,999,999.99: " + pounds);
    }
    return new Money(pounds);
  }

  public static Money of(String pounds) {
    return of(new BigDecimal(pounds));
  }

  public static Money ofPounds(long pounds) {
    return of(BigDecimal.valueOf(pounds));
  }

  public BigDecimal amount() {
    return pounds;
  }

  public Money plus(Money other) {
    return of(pounds.add(other.pounds));
  }

  public Money minus(Money other) {
    return of(pounds.subtract(other.pounds));
  }

  /** This amount times a percentage (50 means half), rounded half-even to the penny. */
  public Money percent(BigDecimal percentage) {
    return of(
        pounds.multiply(percentage).divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_EVEN));
  }

  /** The share {@code this / whole} as a fraction at scale 6, half-even; zero when whole is zero. */
  public BigDecimal shareOf(Money whole) {
    if (whole.isZero()) {
      return BigDecimal.ZERO;
    }
    return pounds.divide(whole.pounds, 6, RoundingMode.HALF_EVEN);
  }

  public boolean isZero() {
    return pounds.signum() == 0;
  }

  public boolean isPositive() {
    return pounds.signum() > 0;
  }

  public boolean isNegative() {
    return pounds.signum() < 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  public Money max(Money other) {
    return isLessThan(other) ? other : this;
  }

  public Money min(Money other) {
    return isGreaterThan(other) ? other : this;
  }

  @Override
  public int compareTo(Money other) {
    return pounds.compareTo(other.pounds);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && pounds.compareTo(other.pounds) == 0;
  }

  @Override
  public int hashCode() {
    return pounds.hashCode();
  }

  /** The plain decimal, e.g. {@code 1250000.00}; {@link MoneyFormat} gives the display form. */
  @Override
  public String toString() {
    return pounds.toPlainString();
  }
}
