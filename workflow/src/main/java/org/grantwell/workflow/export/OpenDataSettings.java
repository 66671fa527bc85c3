package org.grantwell.workflow.export;

import java.time.LocalDate;

/**
 * Who publishes the 360Giving file and under which prefix and licence, from system properties
 * (set with asadmin {@code create-system-properties}), with defaults for the demo:
 * {@code grantwell.360giving.prefix} ({@code 360G-grantwell-}), {@code
 * grantwell.360giving.publisher} ({@code Grantwell}), {@code grantwell.360giving.publisherOrgId}
 * (none) and {@code grantwell.360giving.license} (the Open Government Licence v3.0).
 */
record OpenDataSettings(
    ThreeSixtyGiving standard, String publisherName, String publisherOrgId, String license) implements java.io.Serializable {

  static final String OGL =
      "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

  static OpenDataSettings fromSystemProperties() {
    return new OpenDataSettings(
        new ThreeSixtyGiving(System.getProperty("grantwell.360giving.prefix", "360G-grantwell-")),
        System.getProperty("grantwell.360giving.publisher", "Grantwell"),
        System.getProperty("grantwell.360giving.publisherOrgId"),
        System.getProperty("grantwell.360giving.license", OGL));
  }

  PackageInfo packageInfo(String scope, LocalDate issued) {
    return new PackageInfo(
        "Grants from " + publisherName + " (" + scope + ")", publisherName, publisherOrgId, issued,
        license);
  }
}
