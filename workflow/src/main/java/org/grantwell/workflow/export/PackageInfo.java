package org.grantwell.workflow.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The metadata of a 360Giving package: who publishes it, when, and under which licence.
 *
 * @param publisherOrgId the publisher's org-id, or null
 * @param license the canonical URI of the licence, or null
 */
public record PackageInfo(
    String title, String publisherName, String publisherOrgId, LocalDate issued, String license) implements java.io.Serializable {

  public PackageInfo {
    ExportChecks.requireText(title, "A package needs a title");
    ExportChecks.requireText(publisherName, "A package needs its publisher's name");
    Objects.requireNonNull(issued, "issued");
  }
}
