package org.grantwell.workflow.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a report as CSV (RFC 4180, UTF-8, lines ending CRLF). A report of one table is a plain
 * CSV file: the heading row, then the rows. A report of several tables writes them one after the
 * other, each preceded by a row holding its title and followed by an empty line. Text cells are
 * neutralised against formula injection ({@link CsvCells}); money, dates, numbers and percentages
 * are plain values ({@link CellText#plain}), never quoted or prefixed.
 */
final class TableCsvWriter implements ReportWriter {

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    boolean sections = report.tables().size() > 1;
    for (Table table : report.tables()) {
      if (sections) {
        writer.write(CsvCells.cell(table.title()));
        writer.write("\r\n");
      }
      headings(writer, table.headings());
      for (List<Cell> row : table.rows()) {
        row(writer, table.check(row));
      }
      if (sections) {
        writer.write("\r\n");
      }
    }
    writer.flush();
  }

  private static void headings(Writer writer, List<String> headings) throws IOException {
    for (int i = 0; i < headings.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(CsvCells.cell(headings.get(i)));
    }
    writer.write("\r\n");
  }

  private static void row(Writer writer, List<Cell> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      Cell cell = cells.get(i);
      String value = CellText.plain(cell);
      // only text can carry a formula; a negative amount (-12.50) is a number, not an attack
      writer.write(cell instanceof Cell.Text ? CsvCells.cell(value) : value);
    }
    writer.write("\r\n");
  }
}
