package org.grantwell.db.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyFormatTest {

  @Test
  void shouldGroupThousandsWithPoundSignWhenAmountIsLarge() {
    assertThat(MoneyFormat.format(Money.ofPounds(1_250_000))).isEqualTo("£1,250,000.00");
  }

  @Test
  void shouldPutMinusBeforePoundSignWhenAmountIsNegative() {
    assertThat(MoneyFormat.format(Money.of("-5.00"))).isEqualTo("-£5.00");
  }

  @Test
  void shouldGroupThousandsWhenAmountIsNegativeAndLarge() {
    assertThat(MoneyFormat.format(Money.of("-1250000.75"))).isEqualTo("-£1,250,000.75");
  }

  @Test
  void shouldShowTwoDecimalPlacesWhenAmountIsZero() {
    assertThat(MoneyFormat.format(Money.ZERO)).isEqualTo("£0.00");
  }

  @Test
  void shouldShowLeadingZeroWhenAmountIsPenceOnly() {
    assertThat(MoneyFormat.format(Money.of("0.50"))).isEqualTo("£0.50");
  }

  @Test
  void shouldShowEveryDigitWhenAmountIsTheLargest() {
    assertThat(MoneyFormat.format(Money.of(Money.MAX))).isEqualTo("£999,999,999,999.99");
  }
}
