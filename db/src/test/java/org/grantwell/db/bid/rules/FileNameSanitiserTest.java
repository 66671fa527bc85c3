package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameSanitiserTest {

  @Test
  void shouldKeepWelshLettersWhenNameIsAlreadySafe() {
    assertThat(AttachmentSniffer.sanitiseFileName("Cyllideb_Ynys_Môn.pdf"))
        .isEqualTo("Cyllideb_Ynys_Môn.pdf");
  }

  @Test
  void shouldComposeAccentsWhenNameArrivesDecomposed() {
    assertThat(AttachmentSniffer.sanitiseFileName("Cyllideb_Ynys_Mo\u0302n.pdf"))
        .isEqualTo("Cyllideb_Ynys_M\u00f4n.pdf");
  }

  @Test
  void shouldStripUnixPathWhenNameClimbsDirectories() {
    assertThat(AttachmentSniffer.sanitiseFileName("../../etc/passwd")).isEqualTo("passwd");
  }

  @Test
  void shouldStripWindowsPathWhenBrowserSendsFullPath() {
    assertThat(AttachmentSniffer.sanitiseFileName("C:\\Users\\Siân\\Desktop\\Cais_Gwŷr.docx"))
        .isEqualTo("Cais_Gwŷr.docx");
  }

  @Test
  void shouldDropControlCharactersWhenNameContainsThem() {
    assertThat(AttachmentSniffer.sanitiseFileName("report\u0000\u0007\r\n.pdf"))
        .isEqualTo("report.pdf");
  }

  @Test
  void shouldDropRightToLeftOverrideWhenNameHidesItsExtension() {
    assertThat(AttachmentSniffer.sanitiseFileName("invoice\u202Efdp.exe"))
        .isEqualTo("invoicefdp.exe");
  }

  @Test
  void shouldStripLeadingDotsWhenNameIsHidden() {
    assertThat(AttachmentSniffer.sanitiseFileName("...htaccess")).isEqualTo("htaccess");
  }

  @Test
  void shouldReplaceWindowsReservedCharactersWhenPresent() {
    assertThat(AttachmentSniffer.sanitiseFileName("a<b>c\"d|e?f*.pdf"))
        .isEqualTo("a_b_c_d_e_f_.pdf");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", ".", "..", "/", "dir/", "C:\\temp\\", "\u0000\u0001"})
  void shouldFallBackToAttachmentWhenNothingIsLeft(String name) {
    assertThat(AttachmentSniffer.sanitiseFileName(name)).isEqualTo("attachment");
  }

  @Test
  void shouldKeepTwoHundredCharactersAndTheExtensionWhenNameIsLong() {
    String sanitised = AttachmentSniffer.sanitiseFileName("ŵ".repeat(300) + ".xlsx");

    assertThat(sanitised).hasSize(200).isEqualTo("ŵ".repeat(195) + ".xlsx");
  }

  @Test
  void shouldKeepTwoHundredCharactersWhenNameIsExactlyThatLong() {
    String name = "a".repeat(196) + ".pdf";

    assertThat(AttachmentSniffer.sanitiseFileName(name)).isEqualTo(name);
  }

  @Test
  void shouldNotSplitSurrogatePairsWhenCuttingLongNames() {
    String sanitised = AttachmentSniffer.sanitiseFileName("\uD83D\uDCC4".repeat(250));

    assertThat(sanitised.codePointCount(0, sanitised.length())).isEqualTo(200);
    assertThat(sanitised).isEqualTo("\uD83D\uDCC4".repeat(200));
  }
}
