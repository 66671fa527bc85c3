package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.workflow.export.GrantSamples.INFO;
import static org.grantwell.workflow.export.GrantSamples.STANDARD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.FilterWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class GrantJsonWriterTest {

  private static String write(GrantFacts... grants) {
    StringWriter out = new StringWriter();
    try (GrantJsonWriter writer = STANDARD.jsonWriter(out, INFO)) {
      for (GrantFacts grant : grants) {
        writer.write(grant);
      }
    }
    return out.toString();
  }

  private static JsonObject firstGrant(String json) {
    return Json.createReader(new StringReader(json))
        .readObject()
        .getJsonArray("grants")
        .getJsonObject(0);
  }

  @Test
  void shouldValidateAgainstThePackageSchemaWhenFull() {
    String json = write(GrantSamples.charityGrant(), GrantSamples.bareGrant());

    assertThat(PackageSchema.validate(json)).isEmpty();
  }

  @Test
  void shouldValidateAgainstThePackageSchemaWhenBare() {
    assertThat(PackageSchema.validate(write(GrantSamples.bareGrant()))).isEmpty();
  }

  @Test
  void shouldFailTheSchemaWhenADateIsNotIsoOrARequiredFieldIsMissing() {
    // proves the validator really checks: a date in UK form and a grant without a title fail
    String json = write(GrantSamples.charityGrant());
    String badDate = json.replace("\"awardDate\":\"2024-03-01\"", "\"awardDate\":\"01/03/2024\"");
    String noTitle = json.replace("\"title\":\"Safer parks at night\",", "");

    assertThat(PackageSchema.validate(badDate)).isNotEmpty();
    assertThat(PackageSchema.validate(noTitle)).isNotEmpty();
  }

  @Test
  void shouldFailTheSchemaWithNoGrants() {
    assertThat(PackageSchema.validate(write())).isNotEmpty();
  }

  @Test
  void shouldMapTheAwardToTheStandardsFields() {
    JsonObject grant = firstGrant(write(GrantSamples.charityGrant()));

    assertThat(grant.getString("id")).isEqualTo("360G-grantwell-SSF4-AVON-001");
    assertThat(grant.getString("currency")).isEqualTo("GBP");
    assertThat(grant.getJsonNumber("amountAwarded").bigDecimalValue()).isEqualTo("125000.00");
    assertThat(grant.getJsonNumber("amountAppliedFor").bigDecimalValue()).isEqualTo("150000.00");
    assertThat(grant.getString("awardDate")).isEqualTo("2024-03-01");
    assertThat(grant.getJsonArray("recipientOrganization").getJsonObject(0).getString("id"))
        .isEqualTo("GB-CHC-1070468");
    assertThat(grant.getJsonArray("fundingOrganization").getJsonObject(0).getString("id"))
        .isEqualTo("GB-GOR-D16");
    assertThat(grant.getJsonArray("plannedDates").getJsonObject(0).getString("endDate"))
        .isEqualTo("2025-03-31");
    assertThat(grant.getJsonArray("beneficiaryLocation")).hasSize(2);
    assertThat(grant.getString("fromOpenCall")).isEqualTo("Yes");
  }

  @Test
  void shouldWriteAmountsWithTwoDecimalPlaces() {
    assertThat(write(GrantSamples.charityGrant())).contains("\"amountAwarded\":125000.00");
  }

  @Test
  void shouldGiveARecipientWithoutARegisteredIdThePublishersOwn() {
    JsonObject grant = firstGrant(write(GrantSamples.bareGrant()));

    // "VCORE/2024 7": the slash and the space become underscores
    assertThat(grant.getString("id")).isEqualTo("360G-grantwell-VCORE_2024_7");
    assertThat(grant.getJsonArray("recipientOrganization").getJsonObject(0).getString("id"))
        .isEqualTo("360G-grantwell-ORG-3005");
  }

  @Test
  void shouldCountTheGrantsAndLeaveTheCallersWriterOpen() {
    StringWriter text = new StringWriter();
    boolean[] closed = {false};
    Writer out =
        new FilterWriter(text) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    GrantJsonWriter writer = STANDARD.jsonWriter(out, INFO);
    writer.write(GrantSamples.bareGrant());
    writer.close();

    assertThat(writer.grantsWritten()).isEqualTo(1);
    assertThat(closed[0]).isFalse();
    assertThat(text.toString()).endsWith("]}");
  }
}
