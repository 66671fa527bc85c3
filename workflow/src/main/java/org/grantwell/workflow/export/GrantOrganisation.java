package org.grantwell.workflow.export;

import java.util.Objects;

/**
 * A funder or recipient as 360Giving names it.
 *
 * @param orgId the org-id.guide identifier (e.g. {@code GB-CHC-1070468}, {@code GB-GOR-D16}), or
 *     null when the organisation has none; it is then given the publisher's prefix plus {@code
 *     internalId}
 * @param internalId our own id of the organisation, unique within the publisher
 * @param charityNumber the registered charity number without prefix, or null
 * @param companyNumber the Companies House number without prefix, or null
 */
public record GrantOrganisation(
    String orgId, String internalId, String name, String charityNumber, String companyNumber) implements java.io.Serializable {

  public GrantOrganisation {
    Objects.requireNonNull(internalId, "internalId");
    ExportChecks.requireText(name, "An organisation needs a name");
  }

  public static GrantOrganisation of(String orgId, String internalId, String name) {
    return new GrantOrganisation(orgId, internalId, name, null, null);
  }
}
