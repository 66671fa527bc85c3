package org.grantwell.web.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class FinanceTextTest {

  @Test
  void shouldWritePoundsWithTheSign() {
    assertThat(FinanceText.money(Money.of("309500.00"))).isEqualTo("£309,500.00");
    assertThat(FinanceText.money(null)).isEmpty();
  }

  @Test
  void shouldWritePercentagesAsGiven() {
    assertThat(FinanceText.percent(new BigDecimal("43.75"))).isEqualTo("43.75%");
    assertThat(FinanceText.percent(null)).isEmpty();
  }

  @Test
  void shouldWriteCodesAsWords() {
    assertThat(FinanceText.words("NOT_STARTED")).isEqualTo("Not started");
    assertThat(FinanceText.words(null)).isEmpty();
  }

  @Test
  void shouldWriteDatesTheUkWay() {
    assertThat(FinanceText.date(LocalDate.of(2026, 9, 30))).isEqualTo("30 Sep 2026");
  }
}
