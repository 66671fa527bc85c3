package org.grantwell.db.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void shouldHoldPenceScaleWhenCreatedFromWholePounds() {
    Money money = Money.ofPounds(5);

    assertThat(money.amount()).isEqualTo(new BigDecimal("5.00"));
    assertThat(money.amount().scale()).isEqualTo(2);
  }

  @Test
  void shouldKeepPenceWhenCreatedFromString() {
    assertThat(Money.of("1250000.50").amount()).isEqualTo(new BigDecimal("1250000.50"));
  }

  @Test
  void shouldAcceptAmountWhenExtraDigitsAreTrailingZeros() {
    Money money = Money.of(new BigDecimal("12.3400"));

    assertThat(money.amount()).isEqualTo(new BigDecimal("12.34"));
  }

  @Test
  void shouldRejectAmountWhenItHasFractionsOfAPenny() {
    assertThatThrownBy(() -> Money.of("10.005"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fractions of a penny");
  }

  @Test
  void shouldAcceptAmountWhenItIsTheLargestNumeric14Scale2() {
    assertThat(Money.of("999999999999.99").amount()).isEqualTo(Money.MAX);
  }

  @Test
  void shouldRejectAmountWhenItExceedsNumeric14Scale2() {
    assertThatThrownBy(() -> Money.of("1000000000000.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot exceed");
  }

  @Test
  void shouldRejectNegativeAmountWhenItExceedsNumeric14Scale2() {
    assertThatThrownBy(() -> Money.of("-1000000000000.00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectAmountWhenItIsNull() {
    assertThatThrownBy(() -> Money.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void shouldAddWhenPlus() {
    assertThat(Money.of("100.10").plus(Money.of("0.95"))).isEqualTo(Money.of("101.05"));
  }

  @Test
  void shouldSubtractWhenMinus() {
    assertThat(Money.of("100.10").minus(Money.of("0.95"))).isEqualTo(Money.of("99.15"));
  }

  @Test
  void shouldGoNegativeWhenMinusTakesMoreThanThereIs() {
    Money result = Money.of("5.00").minus(Money.of("10.00"));

    assertThat(result).isEqualTo(Money.of("-5.00"));
    assertThat(result.isNegative()).isTrue();
  }

  @Test
  void shouldRejectSumWhenItExceedsNumeric14Scale2() {
    Money largest = Money.of(Money.MAX);

    assertThatThrownBy(() -> largest.plus(Money.of("0.01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldTakeExactPercentageWhenNoRoundingIsNeeded() {
    assertThat(Money.of("1250000.00").percent(new BigDecimal("12.5")))
        .isEqualTo(Money.of("156250.00"));
  }

  @Test
  void shouldRoundHalfDownToEvenPennyWhenPercentageLandsOnHalfPenny() {
    // 1.25 * 50% = 0.625 -> 0.62 (the penny below is even)
    assertThat(Money.of("1.25").percent(new BigDecimal("50"))).isEqualTo(Money.of("0.62"));
  }

  @Test
  void shouldRoundHalfUpToEvenPennyWhenPercentageLandsOnHalfPenny() {
    // 1.35 * 50% = 0.675 -> 0.68 (the penny above is even)
    assertThat(Money.of("1.35").percent(new BigDecimal("50"))).isEqualTo(Money.of("0.68"));
  }

  @Test
  void shouldRoundToNearestPennyWhenPercentageIsNotOnHalfPenny() {
    // 10.00 * 33.333% = 3.3333 -> 3.33
    assertThat(Money.of("10.00").percent(new BigDecimal("33.333"))).isEqualTo(Money.of("3.33"));
  }

  @Test
  void shouldGiveShareAtScaleSixWhenWholeIsNotZero() {
    BigDecimal share = Money.of("25.00").shareOf(Money.of("100.00"));

    assertThat(share).isEqualTo(new BigDecimal("0.250000"));
  }

  @Test
  void shouldRoundShareHalfEvenWhenItDoesNotDivideExactly() {
    assertThat(Money.of("2.00").shareOf(Money.of("3.00"))).isEqualTo(new BigDecimal("0.666667"));
  }

  @Test
  void shouldGiveZeroShareWhenWholeIsZero() {
    assertThat(Money.of("25.00").shareOf(Money.ZERO)).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void shouldBeEqualWhenAmountsDifferOnlyInScale() {
    Money wholePounds = Money.of(new BigDecimal("5"));
    Money withPence = Money.of(new BigDecimal("5.00"));

    assertThat(wholePounds).isEqualTo(withPence);
    assertThat(wholePounds.hashCode()).isEqualTo(withPence.hashCode());
  }

  @Test
  void shouldNotBeEqualWhenAmountsDiffer() {
    assertThat(Money.of("5.00")).isNotEqualTo(Money.of("5.01"));
  }

  @Test
  void shouldOrderByAmountWhenCompared() {
    Money less = Money.of("99.99");
    Money more = Money.of("100.00");

    assertThat(less).isLessThan(more);
    assertThat(less.isLessThan(more)).isTrue();
    assertThat(more.isGreaterThan(less)).isTrue();
    assertThat(more.compareTo(Money.of("100"))).isZero();
  }

  @Test
  void shouldPickLargerWhenMax() {
    assertThat(Money.of("1.00").max(Money.of("2.00"))).isEqualTo(Money.of("2.00"));
  }

  @Test
  void shouldPickSmallerWhenMin() {
    assertThat(Money.of("1.00").min(Money.of("2.00"))).isEqualTo(Money.of("1.00"));
  }

  @Test
  void shouldReportSignWhenZeroPositiveOrNegative() {
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(Money.ZERO.isPositive()).isFalse();
    assertThat(Money.of("0.01").isPositive()).isTrue();
    assertThat(Money.of("-0.01").isNegative()).isTrue();
  }

  @Test
  void shouldPrintPlainDecimalWhenToString() {
    assertThat(Money.ofPounds(1_250_000)).hasToString("1250000.00");
  }
}
