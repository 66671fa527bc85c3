package org.grantwell.workflow.bid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentDownloadTest {

  private static AttachmentDownload named(String fileName) {
    return new AttachmentDownload(1001L, fileName, "application/pdf", 3, "0".repeat(64), new byte[3]);
  }

  @Test
  void shouldKeepWelshNameInExtendedValueWhenNameHasCircumflex() {
    assertThat(named("Cyllideb_Ynys_Môn.pdf").contentDisposition())
        .isEqualTo("attachment; filename=\"Cyllideb_Ynys_Mon.pdf\"; filename*=UTF-8''Cyllideb_Ynys_M%C3%B4n.pdf");
  }

  @Test
  void shouldPercentEncodeSpacesAndApostrophesWhenInExtendedValue() {
    assertThat(named("Llythyr cyllid cyfatebol – Cyngor Sir Ynys Môn's.docx").contentDisposition())
        .endsWith("filename*=UTF-8''Llythyr%20cyllid%20cyfatebol%20%E2%80%93%20Cyngor%20Sir%20Ynys%20M%C3%B4n%27s.docx");
  }

  @Test
  void shouldReplaceWhatQuotingTripsOnWhenInAsciiFallback() {
    assertThat(AttachmentDownload.asciiFallback("50% \"final\" \\ budget.xlsx")).isEqualTo("50_ _final_ _ budget.xlsx");
  }

  @Test
  void shouldReplaceLettersWithoutAsciiFormWhenInFallback() {
    assertThat(AttachmentDownload.asciiFallback("预算 ŵ.pdf")).isEqualTo("__ w.pdf");
  }

  @Test
  void shouldEncodeSupplementaryCharacterAsFourBytesWhenInExtendedValue() {
    assertThat(AttachmentDownload.percentEncoded("\uD83D\uDCC4.pdf")).isEqualTo("%F0%9F%93%84.pdf");
  }

  @Test
  void shouldLeaveAttrCharsUnencodedWhenInExtendedValue() {
    assertThat(AttachmentDownload.percentEncoded("a-b_c.d~e!#$&+^`|")).isEqualTo("a-b_c.d~e!#$&+^`|");
  }
}
