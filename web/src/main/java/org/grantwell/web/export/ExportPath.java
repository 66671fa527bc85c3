package org.grantwell.web.export;

import java.util.Optional;
import org.grantwell.workflow.export.Export;

/**
 * The export a page link names, {@code /ledger.xlsx}: the export's slug and the file extension.
 *
 * @param extension as given (the export checks it is one of its formats)
 */
record ExportPath(Export export, String extension) implements java.io.Serializable {

  static final String HELP =
      "Try ledger.csv, ledger.xlsx, awards.csv, awards.xlsx, action1.csv, action1.xlsx,"
          + " action1.pdf, 360giving.json or 360giving.csv";

  /** The path info after {@code /app/export}, e.g. {@code /awards.csv}; empty if it names none. */
  static Optional<ExportPath> parse(String pathInfo) {
    if (pathInfo == null || !pathInfo.startsWith("/") || pathInfo.indexOf('/', 1) >= 0) {
      return Optional.empty();
    }
    String file = pathInfo.substring(1);
    int dot = file.lastIndexOf('.');
    if (dot <= 0 || dot == file.length() - 1) {
      return Optional.empty();
    }
    return Export.ofSlug(file.substring(0, dot)).map(e -> new ExportPath(e, file.substring(dot + 1)));
  }
}
