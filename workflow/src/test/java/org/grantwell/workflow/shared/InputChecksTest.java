package org.grantwell.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class InputChecksTest {

  private final InputChecks checks = new InputChecks();

  @Test
  void shouldReadADateWhenItIsIsoAndInRange() {
    assertThat(checks.date("spendBy", " 2027-04-01 ")).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(checks.dateTime("opensAt", "2027-01-31T23:59")).isEqualTo(LocalDateTime.of(2027, 1, 31, 23, 59));
    checks.throwIfAny();
  }

  @Test
  void shouldRefuseADateWhenItIsBeyondWhatAnyDatabaseStores() {
    assertThat(checks.date("newSpendBy", "+999999999-12-31")).isNull();
    assertThat(checks.date("newSpendBy", "9999-12-31")).isNull();
    assertThat(checks.dateTime("opensAt", "0000-01-01T09:00")).isNull();

    assertThatThrownBy(checks::throwIfAny)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field, FieldError::message)
            .contains(
                org.assertj.core.groups.Tuple.tuple("newSpendBy", "Give a date from 2000-01-01 to 2099-12-31"),
                org.assertj.core.groups.Tuple.tuple("opensAt", "Give a date from 2000-01-01 to 2099-12-31")));
  }

  @Test
  void shouldRefuseADateWhenItIsMalformedOrMissing() {
    assertThat(checks.date("spendBy", "2027-02-30")).isNull();
    assertThat(checks.date("spendBy", null)).isNull();
    assertThat(checks.dateTime("closesAt", "tomorrow")).isNull();

    assertThatThrownBy(checks::throwIfAny)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::code)
            .containsExactly(InputChecks.INVALID, InputChecks.REQUIRED, InputChecks.INVALID));
  }

  @Test
  void shouldKeepWelshAndRightToLeftTextIntactWhenItFits() {
    String text = "Llanfairpwllgwyngyll, Ynys Môn 🏴 مرحبا שלום <script>alert(1)</script>";

    assertThat(checks.text("title", text, 255)).isEqualTo(text);
    checks.throwIfAny();
  }

  @Test
  void shouldRefuseMoneyWhenItIsBeyondNumeric14Point2() {
    assertThat(checks.money("amount", new BigDecimal("1e400"), true)).isNull();
    assertThat(checks.money("amount", new BigDecimal("1234567890123"), true)).isNull();
    assertThat(checks.money("amount", new BigDecimal("1.234"), true)).isNull();
    assertThat(checks.money("amount", new BigDecimal("-1"), true)).isNull();

    assertThatThrownBy(checks::throwIfAny)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).hasSize(4));
  }
}
