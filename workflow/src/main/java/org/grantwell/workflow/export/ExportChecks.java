package org.grantwell.workflow.export;

/** Argument checks shared by the export records. */
final class ExportChecks {

  private ExportChecks() {}

  static String requireText(String text, String message) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(message);
    }
    return text;
  }
}
