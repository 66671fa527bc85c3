package org.grantwell.workflow.export;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.FilterWriter;
import java.io.Writer;
import java.util.Map;

/**
 * Writes one 360Giving JSON package: the metadata, then the grants one by one as they come.
 * The standard requires at least one grant, so the caller should not publish a package for which
 * {@link #grantsWritten()} is zero. Not thread-safe.
 */
public final class GrantJsonWriter implements AutoCloseable {

  private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());

  private final ThreeSixtyGiving standard;
  private final JsonGenerator json;
  private int grantsWritten;

  GrantJsonWriter(ThreeSixtyGiving standard, Writer out, PackageInfo info) {
    this.standard = standard;
    this.json = FACTORY.createGenerator(new KeepOpen(out));
    json.writeStartObject();
    json.write("version", ThreeSixtyGiving.STANDARD_VERSION);
    json.write("title", info.title());
    json.write("issued", info.issued().toString());
    json.writeStartObject("publisher");
    json.write("name", info.publisherName());
    writeIfPresent("identifier", info.publisherOrgId());
    json.writeEnd();
    writeIfPresent("license", info.license());
    json.writeStartArray("grants");
  }

  public void write(GrantFacts grant) {
    json.writeStartObject();
    json.write("id", standard.grantId(grant.bidReference()));
    json.write("title", ThreeSixtyGiving.title(grant.title()));
    json.write("description", grant.description().strip());
    json.write("currency", "GBP");
    if (grant.amountAppliedFor() != null) {
      json.write("amountAppliedFor", grant.amountAppliedFor().amount());
    }
    json.write("amountAwarded", grant.amountAwarded().amount());
    json.write("awardDate", grant.awardDate().toString());
    writeOrganisation("recipientOrganization", grant.recipient());
    writeOrganisation("fundingOrganization", grant.funder());
    writePlannedDates(grant);
    writeLocations(grant);
    if (grant.programmeCode() != null) {
      json.writeStartArray("grantProgramme").writeStartObject();
      json.write("code", grant.programmeCode());
      writeIfPresent("title", grant.programmeTitle());
      json.writeEnd().writeEnd();
    }
    writeIfPresent("fromOpenCall", ThreeSixtyGiving.yesNo(grant.fromOpenCall()));
    json.writeEnd();
    grantsWritten++;
  }

  public int grantsWritten() {
    return grantsWritten;
  }

  /** Ends the package and flushes it; the underlying writer stays open. */
  @Override
  public void close() {
    json.writeEnd().writeEnd();
    json.close();
  }

  private void writeOrganisation(String name, GrantOrganisation organisation) {
    json.writeStartArray(name).writeStartObject();
    json.write("id", standard.orgId(organisation));
    json.write("name", organisation.name());
    writeIfPresent("charityNumber", organisation.charityNumber());
    writeIfPresent("companyNumber", organisation.companyNumber());
    json.writeEnd().writeEnd();
  }

  private void writePlannedDates(GrantFacts grant) {
    if (grant.plannedStart() == null) {
      return;
    }
    json.writeStartArray("plannedDates").writeStartObject();
    json.write("startDate", grant.plannedStart().toString());
    if (grant.plannedEnd() != null) {
      json.write("endDate", grant.plannedEnd().toString());
    }
    json.writeEnd().writeEnd();
  }

  private void writeLocations(GrantFacts grant) {
    if (grant.beneficiaryLocations().isEmpty()) {
      return;
    }
    json.writeStartArray("beneficiaryLocation");
    for (GrantLocation location : grant.beneficiaryLocations()) {
      json.writeStartObject();
      json.write("name", location.name());
      json.write("countryCode", location.countryCode());
      json.writeEnd();
    }
    json.writeEnd();
  }

  private void writeIfPresent(String name, String value) {
    if (value != null && !value.isBlank()) {
      json.write(name, value);
    }
  }

  /** Lets the generator be closed (returning its buffer) without closing the caller's writer. */
  private static final class KeepOpen extends FilterWriter {
    KeepOpen(Writer out) {
      super(out);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
