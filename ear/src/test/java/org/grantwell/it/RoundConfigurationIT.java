package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import org.grantwell.db.shared.FinancialYear;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A funder's officer configures a round once with its rules; when the funder cuts an area's
 * envelope or the pot, the bids already drafted show the new limit in their checks; the bid team
 * decides who edits. On PostgreSQL, through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoundConfigurationIT {

  private static final String OFFICER = "officer.ho";
  private static final String BIDDER = "bidder.wyorks";

  private final FinancialYear y1 = FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void shouldShowTheNewLimitOnDraftsWhenTheFunderCutsTheEnvelopeAndThePot() throws Exception {
    String round = TestRounds.uniqueReference("SSF-CFG");
    Http.Reply created = Http.post(base, "api/rounds", OFFICER, round(round, "SSF").toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getString("funderName")).isEqualTo("Home Office");
    long bid = draft(round, "200000.00");
    assertThat(Http.get(base, "api/bids/" + bid + "/checks", BIDDER).body()).isEqualTo("[]");

    Http.Reply cut = Http.put(base, "api/rounds/" + round + "/envelopes/west-yorkshire", OFFICER, "{\"amount\": 150000.00}");
    assertThat(cut.status()).as(cut.body()).isEqualTo(200);
    String checks = Http.get(base, "api/bids/" + bid + "/checks", BIDDER).body();
    assertThat(checks).contains("AREA_ENVELOPE_EXCEEDED").contains("£150,000.00");

    assertThat(Http.put(base, "api/rounds/" + round + "/pot", OFFICER, "{\"amount\": 199999.99}").status()).isEqualTo(200);
    assertThat(Http.get(base, "api/bids/" + bid + "/checks", BIDDER).body()).contains("BID_ABOVE_POT").contains("£199,999.99");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ROUND' AND entity_id = '" + round + "'"))
        .isEqualTo(3);
  }

  @Test
  void shouldLetOnlyTheFundersOfficersConfigureRounds() {
    String round = TestRounds.uniqueReference("SSF-CFG");
    assertThat(Http.post(base, "api/rounds", BIDDER, round(round, "SSF").toString()).status()).isEqualTo(403);
    assertThat(Http.post(base, "api/rounds", "officer.moj", round(round, "SSF").toString()).status()).isEqualTo(403);
    assertThat(Http.post(base, "api/rounds", OFFICER, round(round, "SSF").toString()).status()).isEqualTo(201);
    assertThat(Http.put(base, "api/rounds/" + round + "/pot", "officer.moj", "{\"amount\": 1.00}").status()).isEqualTo(403);
    assertThat(Http.post(base, "api/rounds", OFFICER, round(round, "SSF").toString()).status()).isEqualTo(422);
  }

  @Test
  void shouldRefuseARoundWhoseRulesDoNotAddUp() {
    JsonObject bad =
        Json.createObjectBuilder(round(TestRounds.uniqueReference("SSF-CFG"), "SSF"))
            .add("closesAt", "2020-01-01T00:00")
            .add("pot", -5)
            .build();

    Http.Reply reply = Http.post(base, "api/rounds", OFFICER, bad.toString());

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .contains("closesAt", "pot");
  }

  @Test
  void shouldLetOnlyTheBidTeamEditAndABudgetMemberOnlyTheMoney() {
    String round = TestRounds.uniqueReference("SSF-CFG");
    assertThat(Http.post(base, "api/rounds", OFFICER, round(round, "SSF").toString()).status()).isEqualTo(201);
    long bid = draft(round, "100000.00");
    assertThat(Http.get(base, "api/bids/" + bid + "/team", BIDDER).body()).contains(BIDDER).contains("EDIT");

    Http.Reply notInOrganisation =
        Http.put(base, "api/bids/" + bid + "/team", BIDDER, "[{\"username\":\"bidder.wyorks\",\"access\":\"EDIT\"},{\"username\":\"bidder.avon\",\"access\":\"READ\"}]");
    assertThat(notInOrganisation.status()).isEqualTo(422);
    Http.Reply noEditor = Http.put(base, "api/bids/" + bid + "/team", BIDDER, "[{\"username\":\"bidder.wyorks\",\"access\":\"BUDGET\"}]");
    assertThat(noEditor.status()).isEqualTo(422);
  }

  private long draft(String round, String amount) {
    JsonObject bid =
        Json.createObjectBuilder()
            .add("roundReference", round)
            .add("title", "CCTV on the Wakefield ring road")
            .add("summary", "Cameras and lighting on the ring road underpasses.")
            .add("problemStatement", "Harassment in the underpasses after dark.")
            .add("interventions", Json.createArrayBuilder().add("CCTV"))
            .add("locations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("localAuthority", "Wakefield").add("description", "Ring road underpasses")))
            .add("budgetLines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("financialYear", y1.label()).add("quarter", 1).add("category", "EQUIPMENT")
                .add("capital", false).add("description", "Cameras").add("amount", new BigDecimal(amount))))
            .add("matchFunding", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("source", "Wakefield Council").add("financialYear", y1.label())
                .add("amount", new BigDecimal(amount)).add("inKind", false).add("status", "CONFIRMED")))
            .add("outcomes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("indicator", "Incidents in the underpasses").add("unit", "a year").add("baseline", 80).add("target", 50).add("howMeasured", "Police data")))
            .build();
    Http.Reply created = Http.post(base, "api/bids", BIDDER, bid.toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private JsonObject round(String reference, String programme) {
    LocalDate today = LocalDate.now(FinancialYear.LONDON);
    return Json.createObjectBuilder()
        .add("reference", reference)
        .add("name", "Integration test round " + reference)
        .add("programmeCode", programme)
        .add("opensAt", today.minusDays(1) + "T00:00")
        .add("closesAt", today.plusWeeks(8) + "T23:59")
        .add("pot", 1_000_000)
        .add("minBid", 10_000)
        .add("maxBid", 500_000)
        .add("spendStart", y1.firstDay().toString())
        .add("spendBy", y1.lastDay().toString())
        .add("rules", Json.createObjectBuilder()
            .add("eligibleLeadTypes", Json.createArrayBuilder().add("PCC_OFFICE").add("LOCAL_AUTHORITY"))
            .add("yearCaps", Json.createObjectBuilder().add(y1.label(), 500_000))
            .add("matchPercent", 50)
            .add("matchBase", "GRANT_REQUESTED")
            .add("matchInKindCounts", true)
            .add("matchLeadTypes", Json.createArrayBuilder().add("PCC_OFFICE").add("LOCAL_AUTHORITY"))
            .add("costCategories", Json.createArrayBuilder().add("EQUIPMENT").add("STAFF"))
            .add("criteria", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "NEED").add("title", "Need").add("guidance", "Evidence of need").add("weight", 60).add("scaleMax", 5))
                .add(Json.createObjectBuilder().add("code", "PLAN").add("title", "Plan").add("guidance", "Realistic plan").add("weight", 40).add("scaleMax", 5)))
            .add("passMark", 60)
            .add("moderationThreshold", 15))
        .build();
  }
}
