package org.grantwell.workflow.export;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import org.grantwell.db.shared.MoneyFormat;

/**
 * A cell as text: for CSV, plain values a program can read back (money {@code 1250.00}, dates
 * {@code 2026-11-29}, percentages as hundredths {@code 12.5}); for reading (the PDF), the forms
 * the pages use ({@code £1,250.00}, {@code 29 Nov 2026}, {@code 12.5%}). Null values are "".
 */
final class CellText {

  /** {@code 29 Nov 2026}; months spelt out because newer JDKs write "Sept" in en-GB. */
  static final DateTimeFormatter UK_DATE =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .appendLiteral(' ')
          .appendText(
              ChronoField.MONTH_OF_YEAR,
              Map.ofEntries(
                  Map.entry(1L, "Jan"), Map.entry(2L, "Feb"), Map.entry(3L, "Mar"),
                  Map.entry(4L, "Apr"), Map.entry(5L, "May"), Map.entry(6L, "Jun"),
                  Map.entry(7L, "Jul"), Map.entry(8L, "Aug"), Map.entry(9L, "Sep"),
                  Map.entry(10L, "Oct"), Map.entry(11L, "Nov"), Map.entry(12L, "Dec")))
          .appendLiteral(' ')
          .appendValue(ChronoField.YEAR, 4)
          .toFormatter(Locale.UK);

  private CellText() {}

  /** The plain value for CSV; text is returned as it is (the CSV writer neutralises it). */
  static String plain(Cell cell) {
    if (cell instanceof Cell.Text t) {
      return t.value() == null ? "" : t.value();
    }
    if (cell instanceof Cell.Amount a) {
      return a.value() == null ? "" : a.value().amount().toPlainString();
    }
    if (cell instanceof Cell.Day d) {
      return d.value() == null ? "" : d.value().toString();
    }
    if (cell instanceof Cell.Number n) {
      return n.value() == null ? "" : n.value().toPlainString();
    }
    BigDecimal percent = ((Cell.Percent) cell).value();
    return percent == null ? "" : percent.toPlainString();
  }

  /** The value as a reader expects it. */
  static String display(Cell cell) {
    if (cell instanceof Cell.Text t) {
      return t.value() == null ? "" : t.value();
    }
    if (cell instanceof Cell.Amount a) {
      return a.value() == null ? "" : MoneyFormat.format(a.value());
    }
    if (cell instanceof Cell.Day d) {
      return date(d.value());
    }
    if (cell instanceof Cell.Number n) {
      return n.value() == null ? "" : grouped().format(n.value());
    }
    BigDecimal percent = ((Cell.Percent) cell).value();
    return percent == null ? "" : percent.toPlainString() + "%";
  }

  static String date(LocalDate date) {
    return date == null ? "" : UK_DATE.format(date);
  }

  private static DecimalFormat grouped() {
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setParseBigDecimal(true);
    return format;
  }
}
