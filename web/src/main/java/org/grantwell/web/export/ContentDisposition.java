package org.grantwell.web.export;

/** The {@code Content-Disposition} header of a download. */
public final class ContentDisposition {

  private ContentDisposition() {}

  /**
   * {@code attachment; filename="…"}; the export file names are ASCII letters, digits, hyphens,
   * underscores and dots, but anything else is replaced so that the header cannot be broken.
   */
  public static String attachment(String fileName) {
    return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
  }
}
