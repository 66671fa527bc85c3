package org.grantwell.workflow.export;

import java.util.List;
import java.util.Objects;

/**
 * A titled table of typed cells, the neutral form that the CSV, XLSX and PDF writers share. The
 * rows are an {@link Iterable} so that a large table can be read from the database page by page as
 * the writer goes; each row must have one cell per heading.
 */
public record Table(String title, List<String> headings, Iterable<List<Cell>> rows) implements java.io.Serializable {

  public Table {
    ExportChecks.requireText(title, "A table needs a title");
    headings = List.copyOf(headings);
    if (headings.isEmpty()) {
      throw new IllegalArgumentException("Table " + title + " needs at least one column");
    }
    Objects.requireNonNull(rows, "rows");
  }

  /** The row, checked to have one cell per heading. */
  List<Cell> check(List<Cell> row) {
    if (row.size() != headings.size()) {
      throw new IllegalStateException(
          "A row of table " + title + " has " + row.size() + " cells for " + headings.size()
              + " columns");
    }
    return row;
  }
}
