package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.grantwell.web.security.BasicCredentials.Absent;
import org.grantwell.web.security.BasicCredentials.Malformed;
import org.grantwell.web.security.BasicCredentials.Parsed;
import org.grantwell.web.security.BasicCredentials.Present;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

  private static String basic(String userPass) {
    return basic(userPass, StandardCharsets.UTF_8);
  }

  private static String basic(String userPass, Charset charset) {
    return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(charset));
  }

  private static Present present(Parsed parsed) {
    assertThat(parsed).isInstanceOf(Present.class);
    return (Present) parsed;
  }

  @Test
  void shouldReadUsernameAndPasswordWhenHeaderIsWellFormed() {
    Present credentials = present(BasicCredentials.parse(basic("bidder.avon:grantwell-demo")));

    assertThat(credentials.username()).isEqualTo("bidder.avon");
    assertThat(credentials.password().getValue()).containsExactly("grantwell-demo".toCharArray());
  }

  @Test
  void shouldKeepColonsInPasswordWhenPasswordHasThem() {
    Present credentials = present(BasicCredentials.parse(basic("admin:a:b::c")));

    assertThat(credentials.username()).isEqualTo("admin");
    assertThat(new String(credentials.password().getValue())).isEqualTo("a:b::c");
  }

  @Test
  void shouldDecodeUtf8PasswordWhenClientSendsUtf8() {
    Present credentials = present(BasicCredentials.parse(basic("admin:pässwörd€✓")));

    assertThat(new String(credentials.password().getValue())).isEqualTo("pässwörd€✓");
  }

  @Test
  void shouldFallBackToLatin1WhenBytesAreNotUtf8() {
    Present credentials =
        present(BasicCredentials.parse(basic("admin:pässwörd", StandardCharsets.ISO_8859_1)));

    assertThat(new String(credentials.password().getValue())).isEqualTo("pässwörd");
  }

  @Test
  void shouldAcceptSchemeInAnyCaseAndExtraSpacesWhenTokenIsValid() {
    String token = Base64.getEncoder().encodeToString("panel.ho:secret".getBytes(StandardCharsets.UTF_8));

    Present credentials = present(BasicCredentials.parse("  bAsIc    " + token + "  "));

    assertThat(credentials.username()).isEqualTo("panel.ho");
  }

  @Test
  void shouldAcceptTokenWhenPaddingIsMissing() {
    // "user:pw" is dXNlcjpwdw== in full
    Present credentials = present(BasicCredentials.parse("Basic dXNlcjpwdw"));

    assertThat(credentials.username()).isEqualTo("user");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x", "Digest username=\"a\"", "Basically"})
  void shouldBeAbsentWhenHeaderIsMissingOrAnotherScheme(String header) {
    assertThat(BasicCredentials.parse(header)).isInstanceOf(Absent.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic", "Basic    ", "Basic !!!not-base64!!!", "Basic dXNl cjpwdw==", "Basic ====", "Basic _-_-"})
  void shouldBeMalformedWhenTokenIsMissingOrNotBase64(String header) {
    assertThat(BasicCredentials.parse(header)).isInstanceOf(Malformed.class);
  }

  @Test
  void shouldBeMalformedWhenColonIsMissing() {
    assertThat(BasicCredentials.parse(basic("justausername"))).isInstanceOf(Malformed.class);
  }

  @Test
  void shouldBeMalformedWhenUsernameIsEmpty() {
    assertThat(BasicCredentials.parse(basic(":grantwell-demo"))).isInstanceOf(Malformed.class);
  }

  @Test
  void shouldBeMalformedWhenPasswordIsEmpty() {
    assertThat(BasicCredentials.parse(basic("admin:"))).isInstanceOf(Malformed.class);
  }

  @Test
  void shouldBeMalformedWhenUsernameHasControlCharacters() {
    assertThat(BasicCredentials.parse(basic("ad\nmin:pw"))).isInstanceOf(Malformed.class);
  }

  @Test
  void shouldBeMalformedWhenUsernameIsLongerThanAnyAccount() {
    assertThat(BasicCredentials.parse(basic("a".repeat(65) + ":pw"))).isInstanceOf(Malformed.class);
  }

  @Test
  void shouldBeMalformedWhenHeaderIsTooLong() {
    String header = basic("admin:" + "x".repeat(BasicCredentials.MAX_HEADER_LENGTH));

    assertThat(BasicCredentials.parse(header)).isInstanceOf(Malformed.class);
  }
}
