package org.grantwell.db.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BankAccountTest {

  private final BankAccount account = new BankAccount("Haven Women's Aid", "00-00-04", "12345678");

  @Test
  void shouldMaskAllButLastFourDigitsWhenShowingNumber() {
    assertThat(account.maskedNumber()).isEqualTo("****5678");
  }

  @Test
  void shouldNotContainFullNumberWhenPrinted() {
    assertThat(account.toString()).doesNotContain("12345678").contains("****5678");
  }

  @Test
  void shouldRefuseSortCodeWhenNotInStoredForm() {
    assertThatThrownBy(() -> new BankAccount("Haven", "000004", "12345678"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseAccountNumberWhenNotEightDigits() {
    assertThatThrownBy(() -> new BankAccount("Haven", "00-00-04", "1234 5678"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseAccountWhenNameIsBlank() {
    assertThatThrownBy(() -> new BankAccount(" ", "00-00-04", "12345678"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
