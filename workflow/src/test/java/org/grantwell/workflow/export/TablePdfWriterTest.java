package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablePdfWriterTest {

  private static byte[] pdf(Report report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TablePdfWriter().write(report, out);
    return out.toByteArray();
  }

  @Test
  void shouldStartWithThePdfMagicAndHoldTheTitleWhenWritten() throws IOException {
    byte[] pdf = pdf(TableSamples.report(TableSamples.mixed()));

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(text).contains("Test report", "All funding rounds", "Generated 29 Nov 2026");
    assertThat(text).contains("Mixed cells", "£1,250,000.50", "03 Sep 2026", "12.5%");
    reader.close();
  }

  @Test
  void shouldBeA4LandscapeWhenWritten() throws IOException {
    PdfReader reader = new PdfReader(pdf(TableSamples.report(TableSamples.mixed())));

    assertThat(reader.getPageSizeWithRotation(1).getWidth())
        .isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
    reader.close();
  }

  @Test
  void shouldRepeatTheHeadingsOnEveryPageWhenTheTableRunsOn() throws IOException {
    Iterable<List<Cell>> rows =
        Rows.map(
            () -> java.util.stream.IntStream.range(0, 600).iterator(),
            i -> List.of(Cell.text("Row " + i), Cell.number(i)));
    Table long_ = new Table("Long table", List.of("Label column", "Value column"), rows);

    PdfReader reader = new PdfReader(pdf(TableSamples.report(long_)));

    assertThat(reader.getNumberOfPages()).isGreaterThan(2);
    String last = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
    assertThat(last).contains("Label column", "Value column", "Row 599");
    assertThat(last).contains("Test report · page " + reader.getNumberOfPages());
    reader.close();
  }

  @Test
  void shouldSayNoneWhenATableHasNoRows() throws IOException {
    Table empty = new Table("Nothing here", List.of("A", "B"), List.of());

    PdfReader reader = new PdfReader(pdf(TableSamples.report(empty)));

    assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Nothing here", "None.");
    reader.close();
  }
}
