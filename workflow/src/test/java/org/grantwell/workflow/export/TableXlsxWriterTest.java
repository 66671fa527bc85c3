package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableXlsxWriterTest {

  private static XSSFWorkbook write(Report report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TableXlsxWriter().write(report, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void shouldWriteTitleScopeAndHeadingsAboveTheRowsWhenWritten() throws IOException {
    try (XSSFWorkbook book = write(TableSamples.report(TableSamples.mixed()))) {
      Sheet sheet = book.getSheet("Mixed cells");

      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Test report");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("All funding rounds. Generated 29 Nov 2026");
      assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Share");
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
    }
  }

  @Test
  void shouldWriteMoneyAsANumberInPoundsFormatWhenAmount() throws IOException {
    try (XSSFWorkbook book = write(TableSamples.report(TableSamples.mixed()))) {
      org.apache.poi.ss.usermodel.Cell money = book.getSheetAt(0).getRow(4).getCell(1);

      assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(money.getNumericCellValue()).isEqualTo(1250000.50);
      assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("£#,##0.00");
    }
  }

  @Test
  void shouldWriteDatesPercentagesAndNumbersAsTypedCellsWhenGiven() throws IOException {
    try (XSSFWorkbook book = write(TableSamples.report(TableSamples.mixed()))) {
      Row row = book.getSheetAt(0).getRow(4);

      assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
      assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 9, 3));
      assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd mmm yyyy");
      assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(43.0);
      assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.125);
      assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    }
  }

  @Test
  void shouldKeepFormulaTextAsQuotedStringWhenNeutralising() throws IOException {
    try (XSSFWorkbook book = write(TableSamples.report(TableSamples.mixed()))) {
      org.apache.poi.ss.usermodel.Cell attack = book.getSheetAt(0).getRow(5).getCell(0);
      org.apache.poi.ss.usermodel.Cell safe = book.getSheetAt(0).getRow(4).getCell(0);

      assertThat(attack.getCellType()).isEqualTo(CellType.STRING);
      assertThat(attack.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
      assertThat(attack.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(safe.getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(book.getSheetAt(0).getRow(5).getCell(1).getNumericCellValue()).isEqualTo(-12.5);
    }
  }

  @Test
  void shouldLeaveEmptyCellsBlankWhenNull() throws IOException {
    try (XSSFWorkbook book = write(TableSamples.report(TableSamples.mixed()))) {
      Row empty = book.getSheetAt(0).getRow(6);

      assertThat(empty.getCell(0)).isNull();
      assertThat(empty.getCell(1)).isNull();
    }
  }

  @Test
  void shouldWriteOneSheetPerTableWithSafeUniqueNamesWhenSeveral() throws IOException {
    Table first = new Table("Access: windows shorter than 28 days [SSF]", List.of("A"), List.of());
    Table second = new Table("Access: windows shorter than 28 days [SSF]", List.of("A"), List.of());

    try (XSSFWorkbook book = write(TableSamples.report(first, second))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(2);
      assertThat(book.getSheetName(0)).hasSizeLessThanOrEqualTo(31).doesNotContain(":", "[", "]");
      assertThat(book.getSheetName(1)).endsWith("(2)").hasSizeLessThanOrEqualTo(31);
    }
  }

  @Test
  void shouldStreamAThousandsOfRowsTableWhenLarge() throws IOException {
    Iterable<List<Cell>> rows =
        Rows.map(
            () -> java.util.stream.IntStream.range(0, 5_000).iterator(),
            i -> List.of(Cell.number(i)));

    try (XSSFWorkbook book = write(TableSamples.report(new Table("Big", List.of("N"), rows)))) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(4 + 4_999);
      assertThat(book.getSheetAt(0).getRow(5003).getCell(0).getNumericCellValue()).isEqualTo(4999.0);
    }
  }

  @Test
  void shouldNumberRepeatedSheetNamesWhenTaken() {
    Set<String> taken = new HashSet<>();

    assertThat(TableXlsxWriter.sheetName("Ledger", taken)).isEqualTo("Ledger");
    assertThat(TableXlsxWriter.sheetName("ledger", taken)).isEqualTo("ledger (2)");
  }
}
