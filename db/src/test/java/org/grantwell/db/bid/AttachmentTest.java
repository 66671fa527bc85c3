package org.grantwell.db.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;
import org.grantwell.db.bid.rules.AttachmentData;
import org.grantwell.db.bid.rules.AttachmentSniffer;
import org.grantwell.db.bid.rules.AttachmentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AttachmentTest {

  private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");
  private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static Attachment attachment(String name, AttachmentType type, long size, String sha256) {
    return new Attachment(1000L, name, type, size, sha256, Attachment.Purpose.SUPPORTING, "bidder.avon", NOW);
  }

  @Test
  void shouldKeepDescriptionWhenCreated() {
    Attachment attachment =
        new Attachment(
            1000L, "Cyllideb_Ynys_Môn.xlsx", AttachmentType.XLSX, 2048, SHA256, Attachment.Purpose.MATCH_EVIDENCE, "bidder.avon", NOW);

    assertThat(attachment.getBidId()).isEqualTo(1000L);
    assertThat(attachment.getFileName()).isEqualTo("Cyllideb_Ynys_Môn.xlsx");
    assertThat(attachment.getDetectedType()).isEqualTo(AttachmentType.XLSX);
    assertThat(attachment.getSizeBytes()).isEqualTo(2048);
    assertThat(attachment.getSha256()).isEqualTo(SHA256);
    assertThat(attachment.getPurpose()).isEqualTo(Attachment.Purpose.MATCH_EVIDENCE);
    assertThat(attachment.getUploadedBy()).isEqualTo("bidder.avon");
    assertThat(attachment.getUploadedAt()).isEqualTo(NOW);
  }

  @Test
  void shouldGiveRulesNameTypeAndSizeWhenAskedForData() {
    assertThat(attachment("Budget.pdf", AttachmentType.PDF, 4096, SHA256).toData())
        .isEqualTo(new AttachmentData("Budget.pdf", AttachmentType.PDF, 4096));
  }

  @Test
  void shouldRefuseTypeWhenNotPdfDocxOrXlsx() {
    assertThatThrownBy(() -> attachment("notes.pdf", AttachmentType.OTHER, 10, SHA256))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OTHER");
  }

  @Test
  void shouldRefuseNameWhenNotSanitised() {
    assertThatThrownBy(() -> attachment("../../etc/Budget.pdf", AttachmentType.PDF, 10, SHA256))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sanitise");
  }

  @Test
  void shouldRefuseSizeWhenZero() {
    assertThatThrownBy(() -> attachment("Budget.pdf", AttachmentType.PDF, 0, SHA256))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseSha256WhenUpperCase() {
    assertThatThrownBy(() -> attachment("Budget.pdf", AttachmentType.PDF, 10, SHA256.toUpperCase()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHA-256");
  }

  @Test
  void shouldRefuseSha256WhenNot64Digits() {
    assertThatThrownBy(() -> attachment("Budget.pdf", AttachmentType.PDF, 10, SHA256.substring(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<String> awkwardNames() {
    return Stream.of(
        "C:\\Users\\dai\\Cyllideb_Ynys_Mo\u0302n.pdf",
        "..\\..\\  .hidden budget.xlsx",
        "invoice\u202Efdp.exe",
        "a\"b<c>d|e?f*g.docx",
        "x".repeat(300) + ".pdf",
        "\uD83D\uDE00".repeat(250) + ".pdf",
        "x".repeat(195) + " .pdf",
        "   ",
        "report.\n\tpdf");
  }

  @ParameterizedTest
  @MethodSource("awkwardNames")
  void shouldAcceptNameWhenItComesFromSanitiser(String uploaded) {
    String name = AttachmentSniffer.sanitiseFileName(uploaded);

    assertThat(attachment(name, AttachmentType.PDF, 10, SHA256).getFileName()).isEqualTo(name);
    assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(200);
    assertThat(name.length()).as("UTF-16 units, as H2 counts VARCHAR(400)").isLessThanOrEqualTo(400);
  }
}
