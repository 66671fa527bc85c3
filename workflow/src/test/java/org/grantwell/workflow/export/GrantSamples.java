package org.grantwell.workflow.export;

import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.shared.Money;

/** Hand-built grants for the export tests. */
final class GrantSamples {

  static final ThreeSixtyGiving STANDARD = new ThreeSixtyGiving("360G-grantwell-");
  static final GrantOrganisation HOME_OFFICE = GrantOrganisation.of("GB-GOR-D16", "101", "Home Office");
  static final PackageInfo INFO =
      new PackageInfo(
          "Grantwell awards", "Grantwell", "GB-GOR-D16", LocalDate.of(2025, 1, 15),
          "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");

  private GrantSamples() {}

  /** A full Safer Streets award to a registered charity. */
  static GrantFacts charityGrant() {
    return new GrantFacts(
        "SSF4-AVON-001",
        "Safer parks at night",
        "Lighting and guardians in three parks",
        Money.of("125000.00"),
        Money.of("150000.00"),
        LocalDate.of(2024, 3, 1),
        new GrantOrganisation("GB-CHC-1070468", "2001", "Safe Places Trust", "1070468", null),
        HOME_OFFICE,
        "SSF",
        "Safer Streets Fund",
        LocalDate.of(2024, 4, 1),
        LocalDate.of(2025, 3, 31),
        List.of(GrantLocation.inGreatBritain("Avon and Somerset"), GrantLocation.inGreatBritain("Bristol")),
        true);
  }

  /** The least a grant can have: no optional field, a recipient with no registered id. */
  static GrantFacts bareGrant() {
    return new GrantFacts(
        "VCORE/2024 7",
        "Core victims' services",
        "Formula allocation",
        Money.of("9999.99"),
        null,
        LocalDate.of(2024, 12, 2),
        GrantOrganisation.of(null, "3005", "OPCC for Cleveland"),
        GrantOrganisation.of("GB-GOR-D18", "102", "Ministry of Justice"),
        null,
        null,
        null,
        null,
        List.of(),
        null);
  }
}
