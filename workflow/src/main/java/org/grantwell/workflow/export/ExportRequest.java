package org.grantwell.workflow.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One export asked for: which, in which format, optionally narrowed to one programme, and (for the
 * Action 1 report) the date the cliff edges are counted from.
 *
 * @param programme a programme code, or null for every programme
 * @param asOf null for today
 */
public record ExportRequest(
    Export export, ExportFormat format, String programme, LocalDate asOf, Long funderId, LocalDate from, LocalDate to) implements java.io.Serializable {

  /** An export with no funder or period: everything the caller may see. */
  public ExportRequest(Export export, ExportFormat format, String programme, LocalDate asOf) {
    this(export, format, programme, asOf, null, null, null);
  }

  public ExportRequest {
    Objects.requireNonNull(export, "export");
    Objects.requireNonNull(format, "format");
    if (!export.formats().contains(format)) {
      throw new IllegalArgumentException(export.unknownFormatMessage(format.extension()));
    }
    programme = programme == null || programme.isBlank() ? null : programme.strip();
  }

  /**
   * The request from its query parameters: the format by its extension (the export's default when
   * none is given), the programme code, and {@code asOf} as {@code YYYY-MM-DD}.
   *
   * @throws InvalidExportRequestException naming the formats the export comes in, or the date form
   */
  public static ExportRequest parse(Export export, String format, String programme, String asOf) {
    return parse(export, format, programme, asOf, null, null, null);
  }

  /**
   * As {@link #parse(Export, String, String, String)}, with the Action 1 report's funder (an
   * organisation id) and period ({@code from} and {@code to} as {@code YYYY-MM-DD}, both included).
   */
  public static ExportRequest parse(
      Export export, String format, String programme, String asOf, String funder, String from, String to) {
    ExportRequest plain = parsePlain(export, format, programme, asOf);
    Long funderId;
    try {
      funderId = funder == null || funder.isBlank() ? null : Long.valueOf(funder.strip());
    } catch (NumberFormatException e) {
      throw new InvalidExportRequestException("Give funder as the funding organisation's number, not '" + funder + "'");
    }
    LocalDate first = day("from", from);
    LocalDate last = day("to", to);
    if (first != null && last != null && first.isAfter(last)) {
      throw new InvalidExportRequestException("The period must start on or before its last day");
    }
    return new ExportRequest(plain.export(), plain.format(), plain.programme(), plain.asOf(), funderId, first, last);
  }

  private static LocalDate day(String name, String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidExportRequestException("Give " + name + " as YYYY-MM-DD, not '" + value + "'");
    }
  }

  private static ExportRequest parsePlain(Export export, String format, String programme, String asOf) {
    ExportFormat chosen =
        export
            .format(format)
            .orElseThrow(
                () -> new InvalidExportRequestException(export.unknownFormatMessage(format)));
    LocalDate date;
    try {
      date = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidExportRequestException("Give asOf as YYYY-MM-DD, not '" + asOf + "'");
    }
    return new ExportRequest(export, chosen, programme, date);
  }

  /** {@code grantwell-action1-SSF-2026-11-29.pdf}: the programme made safe for a file name. */
  public String fileName(LocalDate today) {
    String narrowed =
        programme == null ? "" : "-" + programme.replaceAll("[^A-Za-z0-9_-]", "_");
    return "grantwell-" + export.slug() + narrowed + "-" + today + "." + format.extension();
  }
}
