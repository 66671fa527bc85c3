package org.grantwell.workflow.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats of the exports, with their extension and media type. */
public enum ExportFormat {
  CSV("csv", "text/csv; charset=UTF-8"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  PDF("pdf", "application/pdf"),
  JSON("json", "application/json");

  private final String extension;
  private final String mediaType;

  ExportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format with this extension, case ignored. */
  public static Optional<ExportFormat> ofExtension(String extension) {
    if (extension == null) {
      return Optional.empty();
    }
    String wanted = extension.strip().toLowerCase(Locale.ROOT);
    for (ExportFormat format : values()) {
      if (format.extension.equals(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
