package org.grantwell.workflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report as an Excel workbook, one sheet per table: the report's title and scope, the
 * table's title, a bold heading row frozen at the top, then the rows. SXSSF keeps only a window of
 * rows in memory and spills the rest to a compressed temporary file, so a table of any length
 * costs the same memory; the temporary files are deleted when the workbook is written.
 *
 * <p>Money is a number formatted {@value #MONEY_FORMAT}, dates are dates formatted {@value
 * #DATE_FORMAT}, percentages are fractions formatted {@value #PERCENT_FORMAT}. Text that a
 * spreadsheet would take for a formula is stored as a string with the quote-prefix style, so it
 * shows and stays as text even when the cell is edited.
 */
final class TableXlsxWriter implements ReportWriter {

  static final String MONEY_FORMAT = "£#,##0.00";
  static final String DATE_FORMAT = "dd mmm yyyy";
  static final String PERCENT_FORMAT = "0.0%";
  static final String NUMBER_FORMAT = "#,##0.##";

  private static final int ROW_WINDOW = 100;
  private static final int FIRST_DATA_ROW = 4;

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    workbook.setCompressTempFiles(true);
    try {
      Styles styles = new Styles(workbook);
      Set<String> names = new HashSet<>();
      for (Table table : report.tables()) {
        sheet(workbook.createSheet(sheetName(table.title(), names)), report, table, styles);
      }
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close(); // deletes the temporary files
    }
  }

  private static void sheet(Sheet sheet, Report report, Table table, Styles styles) {
    text(sheet.createRow(0), 0, report.title(), styles.title);
    text(sheet.createRow(1), 0,
        report.scope() + ". Generated " + CellText.date(report.generated()), styles.text);
    text(sheet.createRow(2), 0, table.title(), styles.bold);
    Row headings = sheet.createRow(3);
    for (int c = 0; c < table.headings().size(); c++) {
      text(headings, c, table.headings().get(c), styles.bold);
      sheet.setColumnWidth(c, Math.min(60, Math.max(14, table.headings().get(c).length() + 4)) * 256);
    }
    sheet.createFreezePane(0, FIRST_DATA_ROW);
    int r = FIRST_DATA_ROW;
    for (List<Cell> cells : table.rows()) {
      Row row = sheet.createRow(r++);
      List<Cell> checked = table.check(cells);
      for (int c = 0; c < checked.size(); c++) {
        cell(row, c, checked.get(c), styles);
      }
    }
  }

  private static void cell(Row row, int column, Cell cell, Styles styles) {
    if (cell.isEmpty()) {
      return;
    }
    if (cell instanceof Cell.Text t) {
      text(row, column, t.value(), styles.text);
    } else if (cell instanceof Cell.Amount a) {
      number(row, column, a.value().amount(), styles.money);
    } else if (cell instanceof Cell.Day d) {
      org.apache.poi.ss.usermodel.Cell target = row.createCell(column);
      target.setCellValue(d.value());
      target.setCellStyle(styles.date);
    } else if (cell instanceof Cell.Number n) {
      number(row, column, n.value(), styles.number);
    } else {
      number(row, column, ((Cell.Percent) cell).value().movePointLeft(2), styles.percent);
    }
  }

  /** A string cell, never a formula; text that would start one gets the quote-prefix style. */
  private static void text(Row row, int column, String value, Styled style) {
    org.apache.poi.ss.usermodel.Cell target = row.createCell(column);
    target.setCellValue(value);
    target.setCellStyle(
        value != null && !value.isEmpty() && CsvCells.startsLikeFormula(value)
            ? style.quoted()
            : style.plain());
  }

  private static void number(Row row, int column, BigDecimal value, CellStyle style) {
    org.apache.poi.ss.usermodel.Cell target = row.createCell(column);
    target.setCellValue(value.doubleValue()); // Excel holds every number as a double
    target.setCellStyle(style);
  }

  /** Excel's rules: at most 31 characters, none of {@code : \ / ? * [ ]}, unique in the book. */
  static String sheetName(String title, Set<String> taken) {
    String safe = WorkbookUtil.createSafeSheetName(title, '_');
    String name = safe;
    for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  /** A text style and its quote-prefixed twin. */
  private record Styled(CellStyle plain, CellStyle quoted) implements java.io.Serializable {

    static Styled of(SXSSFWorkbook workbook, Font font) {
      CellStyle plain = workbook.createCellStyle();
      CellStyle quoted = workbook.createCellStyle();
      if (font != null) {
        plain.setFont(font);
        quoted.setFont(font);
      }
      quoted.setQuotePrefixed(true);
      return new Styled(plain, quoted);
    }
  }

  /** The workbook's styles, made once (a workbook holds at most 64,000). */
  private static final class Styles {
    final Styled title;
    final Styled bold;
    final Styled text;
    final CellStyle money;
    final CellStyle date;
    final CellStyle number;
    final CellStyle percent;

    Styles(SXSSFWorkbook workbook) {
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      Font bold = workbook.createFont();
      bold.setBold(true);
      DataFormat formats = workbook.createDataFormat();
      this.title = Styled.of(workbook, big);
      this.bold = Styled.of(workbook, bold);
      this.text = Styled.of(workbook, null);
      this.money = formatted(workbook, formats, MONEY_FORMAT);
      this.date = formatted(workbook, formats, DATE_FORMAT);
      this.number = formatted(workbook, formats, NUMBER_FORMAT);
      this.percent = formatted(workbook, formats, PERCENT_FORMAT);
    }

    private static CellStyle formatted(SXSSFWorkbook workbook, DataFormat formats, String format) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(formats.getFormat(format));
      return style;
    }
  }
}
