package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentSnifferTest {

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
  private static final String RELS =
      "<?xml version=\"1.0\"?><Relationships"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>";

  /** The smallest PDF that readers open: header, one page tree, trailer. */
  static byte[] minimalPdf() {
    return ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
            + "trailer <</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] minimalDocx() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", CONTENT_TYPES);
    parts.put("_rels/.rels", RELS);
    parts.put("word/document.xml", "<w:document xmlns:w=\"urn:w\"><w:body/></w:document>");
    return zip(parts);
  }

  static byte[] minimalXlsx() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", CONTENT_TYPES);
    parts.put("_rels/.rels", RELS);
    parts.put("xl/workbook.xml", "<workbook xmlns=\"urn:x\"><sheets/></workbook>");
    parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"urn:x\"/>");
    return zip(parts);
  }

  static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Office parts after {@code fillers} empty entries. */
  static byte[] docxAfter(int fillers) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (int i = 0; i < fillers; i++) {
      parts.put("customXml/item" + i + ".xml", "");
    }
    parts.put("[Content_Types].xml", CONTENT_TYPES);
    parts.put("word/document.xml", "<w:document/>");
    return zip(parts);
  }

  /** Deterministic noise: a fixed linear congruential sequence, no {@code Random}. */
  static byte[] garbage(int length, byte... prefix) {
    byte[] bytes = new byte[length];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    long state = 12345;
    for (int i = prefix.length; i < length; i++) {
      state = (state * 6364136223846793005L + 1442695040888963407L);
      bytes[i] = (byte) (state >>> 56);
    }
    return bytes;
  }

  @Test
  void shouldDetectPdfWhenContentStartsWithPdfHeader() {
    assertThat(AttachmentSniffer.detect(minimalPdf())).isEqualTo(AttachmentType.PDF);
  }

  @Test
  void shouldDetectDocxWhenZipHoldsContentTypesAndWordDocument() {
    assertThat(AttachmentSniffer.detect(minimalDocx())).isEqualTo(AttachmentType.DOCX);
  }

  @Test
  void shouldDetectXlsxWhenZipHoldsContentTypesAndWorkbook() {
    assertThat(AttachmentSniffer.detect(minimalXlsx())).isEqualTo(AttachmentType.XLSX);
  }

  @Test
  void shouldReturnOtherWhenTextFileIsRenamedToPdf() {
    byte[] text = "Budget,2022-23,2023-24\nStaff,50000,150000\n".getBytes(StandardCharsets.UTF_8);

    assertThat(AttachmentSniffer.detect(text)).isEqualTo(AttachmentType.OTHER);
  }

  @Test
  void shouldReturnOtherWhenContentIsGarbage() {
    assertThat(AttachmentSniffer.detect(garbage(4096))).isEqualTo(AttachmentType.OTHER);
  }

  @Test
  void shouldReturnOtherWhenGarbageFollowsAZipSignature() {
    assertThat(AttachmentSniffer.detect(garbage(4096, (byte) 'P', (byte) 'K', (byte) 3, (byte) 4)))
        .isEqualTo(AttachmentType.OTHER);
  }

  @Test
  void shouldReturnOtherWhenDocxIsTruncated() {
    byte[] docx = minimalDocx();

    assertThat(AttachmentSniffer.detect(Arrays.copyOf(docx, 40))).isEqualTo(AttachmentType.OTHER);
  }

  @Test
  void shouldReturnOtherWhenContentIsEmptyOrMissing() {
    assertThat(List.of(AttachmentSniffer.detect(new byte[0]), AttachmentSniffer.detect(null)))
        .containsOnly(AttachmentType.OTHER);
  }

  @Test
  void shouldReturnOtherWhenZipHasNoContentTypes() {
    byte[] plainZip = zip(Map.of("word/document.xml", "<w:document/>"));

    assertThat(AttachmentSniffer.detect(plainZip)).isEqualTo(AttachmentType.OTHER);
  }

  @Test
  void shouldReturnOtherWhenZipHoldsNoOfficeDocument() {
    byte[] archive = zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "readme.txt", "hello"));

    assertThat(AttachmentSniffer.detect(archive)).isEqualTo(AttachmentType.OTHER);
  }

  @Test
  void shouldDetectDocxWhenItsPartsAreWithinTheEntryCap() {
    byte[] docx = docxAfter(AttachmentSniffer.MAX_ENTRIES - 2);

    assertThat(AttachmentSniffer.detect(docx)).isEqualTo(AttachmentType.DOCX);
  }

  @Test
  void shouldReturnOtherWhenItsPartsLieBeyondTheEntryCap() {
    byte[] docx = docxAfter(AttachmentSniffer.MAX_ENTRIES - 1);

    assertThat(AttachmentSniffer.detect(docx)).isEqualTo(AttachmentType.OTHER);
  }

  @Test
  void shouldReturnOtherWhenAnEntryInflatesBeyondTheBudget() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("bomb.bin"));
      byte[] zeros = new byte[1 << 20];
      for (long written = 0;
          written <= AttachmentSniffer.MAX_INFLATED_BYTES;
          written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
      for (String name : List.of("[Content_Types].xml", "word/document.xml")) {
        zip.putNextEntry(new ZipEntry(name));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertThat(AttachmentSniffer.detect(bytes.toByteArray())).isEqualTo(AttachmentType.OTHER);
  }
}
