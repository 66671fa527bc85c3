package org.grantwell.workflow.export;

/**
 * Makes one CSV cell safe: neutralised against formula injection, then quoted as RFC 4180 asks.
 */
final class CsvCells {

  private CsvCells() {}

  /**
   * A cell that a spreadsheet would read as a formula (it begins with {@code =}, {@code +}, {@code
   * -}, {@code @}, a tab or a carriage return, as OWASP lists them) gets a single quote in front;
   * a cell holding a comma, a double quote, a carriage return or a line feed is put in double
   * quotes with its double quotes doubled. Null is an empty cell.
   */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = startsLikeFormula(value) ? "'" + value : value;
    if (safe.indexOf(',') < 0
        && safe.indexOf('"') < 0
        && safe.indexOf('\r') < 0
        && safe.indexOf('\n') < 0) {
      return safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }

  /** Whether a spreadsheet would read the (non-empty) value as a formula. */
  static boolean startsLikeFormula(String value) {
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r';
  }
}
