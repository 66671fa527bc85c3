package org.grantwell.db.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileFormatsTest {

  @ParameterizedTest
  @CsvSource({"bs1 5tr, BS1 5TR", "BS15TR, BS1 5TR", "' sw1a 1aa ', SW1A 1AA", "W1A0AX, W1A 0AX", "M1 1AE, M1 1AE", "gir0aa, GIR 0AA"})
  void shouldGiveStoredFormWhenPostcodeHasUkShape(String typed, String stored) {
    assertThat(ProfileFormats.postcode(typed)).contains(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "BS1", "12345", "BS1 5T", "BS1 5TRX", "BSS1 5TR", "1S1 5TR", "BS1 T5R"})
  void shouldRefusePostcodeWhenShapeIsNotUk(String typed) {
    assertThat(ProfileFormats.postcode(typed)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"00-00-01, 00-00-01", "000001, 00-00-01", "00 00 01, 00-00-01"})
  void shouldGiveDashedSortCodeWhenSixDigitsAreTyped(String typed, String stored) {
    assertThat(ProfileFormats.sortCode(typed)).contains(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00-00-0", "0000001", "AB-CD-EF", "00/00/01"})
  void shouldRefuseSortCodeWhenNotSixDigits(String typed) {
    assertThat(ProfileFormats.sortCode(typed)).isEmpty();
  }

  @Test
  void shouldDropSpacesWhenAccountNumberIsTypedInGroups() {
    assertThat(ProfileFormats.accountNumber("0000 0101")).contains("00000101");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567", "123456789", "****5678", "1234567A"})
  void shouldRefuseAccountNumberWhenNotEightDigits(String typed) {
    assertThat(ProfileFormats.accountNumber(typed)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"alex.morgan@example.org", "grants+bids@avon.example.org", "o'brien@example.org"})
  void shouldAcceptEmailWhenShapeIsAddress(String typed) {
    assertThat(ProfileFormats.email(typed)).contains(typed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"alex", "alex@", "@example.org", "alex@example", "alex morgan@example.org", "a@b@example.org"})
  void shouldRefuseEmailWhenShapeIsNotAddress(String typed) {
    assertThat(ProfileFormats.email(typed)).isEmpty();
  }

  @Test
  void shouldRefuseEmailWhenLongerThanTwoHundredFiftyFour() {
    String local = "a".repeat(60);
    String domain = ("b".repeat(60) + ".").repeat(4) + "org";

    assertThat(ProfileFormats.email(local + "@" + domain)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"01632 960123", "+44 1632 960123", "+44 (0)1632 960123", "0117 496 0123", "01632-960123"})
  void shouldKeepPhoneAsTypedWhenUkNumber(String typed) {
    assertThat(ProfileFormats.phone(typed)).contains(typed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"960123", "1632 960123", "+1 212 555 0100", "01632 960123 ext 4", "016329601234567"})
  void shouldRefusePhoneWhenNotUkNumber(String typed) {
    assertThat(ProfileFormats.phone(typed)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"1070468, 1070468", "220949, 220949", "sc012345, SC012345", "NIC100002, NIC100002"})
  void shouldAcceptCharityNumberWhenRegisterShape(String typed, String stored) {
    assertThat(ProfileFormats.charityNumber(typed)).contains(stored);
  }

  @ParameterizedTest
  @CsvSource({"01234567, 01234567", "1234567, 01234567", "sc123456, SC123456", "OC301234, OC301234", "R0123456, R0123456"})
  void shouldGiveEightCharacterCompanyNumberWhenTyped(String typed, String stored) {
    assertThat(ProfileFormats.companyNumber(typed)).contains(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "123456789", "SC12345", "S1234567"})
  void shouldRefuseCompanyNumberWhenShapeIsWrong(String typed) {
    assertThat(ProfileFormats.companyNumber(typed)).isEmpty();
  }

  @Test
  void shouldShowOnlyLastFourDigitsWhenMasking() {
    assertThat(ProfileFormats.maskAccountNumber("12345678")).isEqualTo("****5678");
  }
}
