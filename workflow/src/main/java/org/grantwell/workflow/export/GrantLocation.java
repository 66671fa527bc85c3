package org.grantwell.workflow.export;

/**
 * Where a grant's beneficiaries are: a force area or local authority by name.
 *
 * @param countryCode ISO 3166-1 alpha-2, {@code GB} for England and Wales
 */
public record GrantLocation(String name, String countryCode) implements java.io.Serializable {

  public GrantLocation {
    ExportChecks.requireText(name, "A beneficiary location needs a name");
    if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("A country code is two capital letters: " + countryCode);
    }
  }

  public static GrantLocation inGreatBritain(String name) {
    return new GrantLocation(name, "GB");
  }
}
