package org.grantwell.workflow.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The named exports and the formats each comes in (the first is the default). */
public enum Export {
  LEDGER("ledger", "Allocation ledger", ExportFormat.CSV, ExportFormat.XLSX),
  AWARDS("awards", "Funded awards", ExportFormat.CSV, ExportFormat.XLSX),
  ACTION1("action1", "Action 1 report", ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.PDF),
  THREE_SIXTY_GIVING("360giving", "360Giving grants", ExportFormat.JSON, ExportFormat.CSV),
  MATCH_FUNDING("match-funding", "Match funding", ExportFormat.CSV, ExportFormat.XLSX),
  SPENDING_WINDOWS("spending-windows", "Spending windows", ExportFormat.CSV, ExportFormat.XLSX);

  private final String slug;
  private final String title;
  private final List<ExportFormat> formats;

  Export(String slug, String title, ExportFormat... formats) {
    this.slug = slug;
    this.title = title;
    this.formats = List.of(formats);
  }

  /** The name in URLs and file names: {@code ledger}, {@code 360giving}. */
  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public List<ExportFormat> formats() {
    return formats;
  }

  /** The export named by its slug, case ignored. */
  public static Optional<Export> ofSlug(String slug) {
    if (slug == null) {
      return Optional.empty();
    }
    String wanted = slug.strip().toLowerCase(Locale.ROOT);
    for (Export export : values()) {
      if (export.slug.equals(wanted)) {
        return Optional.of(export);
      }
    }
    return Optional.empty();
  }

  /**
   * The format asked for by its extension, the default when none is asked for, or empty when this
   * export does not come in it.
   */
  public Optional<ExportFormat> format(String extension) {
    if (extension == null || extension.isBlank()) {
      return Optional.of(formats.get(0));
    }
    return ExportFormat.ofExtension(extension).filter(formats::contains);
  }

  /** What to tell a caller who asked for a format this export does not come in. */
  public String unknownFormatMessage(String asked) {
    return "The " + slug + " export comes as "
        + formats.stream().map(ExportFormat::extension).collect(Collectors.joining(", "))
        + ", not '" + asked + "'";
  }
}
