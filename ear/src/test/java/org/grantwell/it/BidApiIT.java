package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.shared.FinancialYear;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Through the API alone, on PostgreSQL: a bidder builds a complete Safer Streets bid and sees its
 * violations shrink to none; another force's bidder cannot see it; every error code; the audit
 * rows written, and the audit table refusing an UPDATE.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BidApiIT {

  private static final String BIDDER = "bidder.wyorks";
  private static final String OTHER_FORCE = "bidder.avon";
  private static final String DEMO_ROUND = "SSF-R6-DEMO";
  private static final String ROUND = TestRounds.uniqueReference("SSF-API");

  private final FinancialYear y1 = FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next();
  private final FinancialYear y2 = y1.next();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @org.junit.jupiter.api.BeforeEach
  void ownRound() throws SQLException {
    if (TestDatabase.count("SELECT COUNT(*) FROM funding_round WHERE reference = '" + ROUND + "'") == 0) {
      TestDatabase.copyRound(DEMO_ROUND, ROUND);
    }
  }

  @Test
  void shouldBuildACompleteBidWhoseViolationsShrinkToNone() throws Exception {
    Http.Reply created = Http.post(base, "api/bids", BIDDER, bid(null, lines(), match("50000.00"), true).toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject bid = created.json();
    long id = bid.getJsonNumber("id").longValue();
    assertThat(bid.getString("reference")).startsWith("GW-");
    assertThat(bid.getJsonNumber("grantRequested").bigDecimalValue()).isEqualByComparingTo("300000.00");
    assertThat(codes(bid.getJsonArray("violations"))).containsExactly("MATCH_FUNDING_SHORT");
    JsonObject shortfall = bid.getJsonArray("violations").getJsonObject(0);
    assertThat(shortfall.getString("field")).isEqualTo("matchFunding");
    assertThat(shortfall.getString("message"))
        .isEqualTo("Match funding is £50,000.00; this round needs at least £150,000.00 (50% of the grant requested)");

    Http.Reply saved =
        Http.put(base, "api/bids/" + id, BIDDER, bid(bid.getJsonNumber("version").longValue(), lines(), match("150000.00"), true).toString());
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);

    Http.Reply checks = Http.get(base, "api/bids/" + id + "/checks", BIDDER);
    assertThat(checks.status()).isEqualTo(200);
    assertThat((JsonArray) Http.parse(checks.body())).isEmpty();
    assertThat(auditRows(bid.getString("reference"))).isEqualTo(2);
  }

  @Test
  void shouldRefuseToSendABidThatBreaksARuleAndKeepAnImmutableVersionOfOneThatDoesNot() throws Exception {
    long id = createDraft();
    JsonObject draft = Http.get(base, "api/bids/" + id, BIDDER).json();
    assertThat(draft.getJsonObject("applicant").getString("organisationName")).contains("West Yorkshire");

    Http.Reply refused = Http.post(base, "api/bids/" + id + "/submit-for-sign-off", BIDDER, "");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("code")))
        .contains("MATCH_FUNDING_SHORT");
    assertThat(Http.get(base, "api/bids/" + id, BIDDER).json().getString("status")).isEqualTo("DRAFT");

    long version = draft.getJsonNumber("version").longValue();
    assertThat(Http.put(base, "api/bids/" + id, BIDDER, bid(version, lines(), match("150000.00"), true).toString()).status())
        .isEqualTo(200);
    Http.Reply sent = Http.post(base, "api/bids/" + id + "/submit-for-sign-off", BIDDER, "");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    JsonObject bid = sent.json();
    assertThat(bid.getString("status")).isEqualTo("AWAITING_SIGN_OFF");
    assertThat(bid.getJsonArray("versions")).hasSize(1);
    assertThat(Http.put(base, "api/bids/" + id, BIDDER, bid(bid.getJsonNumber("version").longValue(), lines(), match("1.00"), true).toString()).status())
        .isEqualTo(403);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM bid_version v JOIN bid b ON b.id = v.bid_id WHERE b.id = " + id + " AND v.grant_requested = 300000.00"))
        .isEqualTo(1);
  }

  @Test
  void shouldTakeAttachmentsByContentAndServeThemAsDownloads() {
    long id = createDraft();
    byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    Http.Reply uploaded = Http.send(Http.authorised(base, "api/bids/" + id + "/attachments?name=Cyllideb%20Ynys%20M%C3%B4n.pdf", BIDDER, Http.DEMO_PASSWORD)
        .setHeader("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    long attachment = uploaded.json().getJsonNumber("id").longValue();

    Http.Reply disguised = Http.send(Http.authorised(base, "api/bids/" + id + "/attachments?name=budget.pdf", BIDDER, Http.DEMO_PASSWORD)
        .setHeader("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofString("=SUM(A1:A9) not a pdf")));
    assertThat(disguised.status()).isEqualTo(422);
    assertThat(disguised.body()).contains("ATTACHMENT_TYPE_NOT_ALLOWED");

    java.net.http.HttpResponse<byte[]> download = Http.download(Http.authorised(base, "api/bids/" + id + "/attachments/" + attachment, BIDDER, Http.DEMO_PASSWORD).GET());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains("Cyllideb");
    assertThat(Http.get(base, "api/bids/" + id + "/attachments/" + attachment, OTHER_FORCE).status()).isEqualTo(404);
  }

  @Test
  void shouldAnswerNotFoundToABidderOfAnotherForce() {
    long id = createDraft();

    assertThat(Http.get(base, "api/bids/" + id, OTHER_FORCE).status()).isEqualTo(404);
    assertThat(Http.get(base, "api/bids/" + id + "/checks", OTHER_FORCE).status()).isEqualTo(404);
    assertThat(Http.put(base, "api/bids/" + id, OTHER_FORCE, bid(0L, lines(), match("1.00"), true).toString()).status())
        .isEqualTo(404);
    JsonObject page = Http.get(base, "api/bids?round=" + ROUND + "&size=100", OTHER_FORCE).json();
    assertThat(page.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
        .doesNotContain(id);
  }

  @Test
  void shouldRefuseAStaleEditWithConflictAndKeepTheNewerVersion() throws Exception {
    long id = createDraft();
    JsonObject current = Http.get(base, "api/bids/" + id, BIDDER).json();
    long version = current.getJsonNumber("version").longValue();
    assertThat(Http.put(base, "api/bids/" + id, BIDDER, bid(version, lines(), match("150000.00"), true).toString()).status())
        .isEqualTo(200);
    String reference = current.getString("reference");
    long auditBefore = auditRows(reference);

    Http.Reply stale = Http.put(base, "api/bids/" + id, BIDDER, bid(version, lines(), match("1.00"), true).toString());

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getString("detail")).contains("changed by " + BIDDER);
    assertThat(Http.get(base, "api/bids/" + id, BIDDER).json().getJsonNumber("matchTotal").bigDecimalValue())
        .isEqualByComparingTo("150000.00");
    assertThat(auditRows(reference)).isEqualTo(auditBefore);
  }

  @Test
  void shouldRefuseInputThatCannotBeStoredWithAMessagePerFieldAndChangeNothing() throws Exception {
    long id = createDraft();
    JsonObject before = Http.get(base, "api/bids/" + id, BIDDER).json();
    JsonArrayBuilder bad =
        Json.createArrayBuilder()
            .add(line("2027-29", 1, "STAFF", "10.00"))
            .add(line(y1.label(), 5, "STAFF", "10.00"))
            .add(line(y1.label(), 1, "STAFF", "10.001"))
            .add(line(y1.label(), 1, "STAFF", "-5.00"));

    Http.Reply reply =
        Http.put(base, "api/bids/" + id, BIDDER, bid(before.getJsonNumber("version").longValue(), bad, match("1.00"), true).toString());

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .containsExactly(
            "budgetLines[0].financialYear", "budgetLines[1].quarter", "budgetLines[2].amount", "budgetLines[3].amount");
    JsonObject after = Http.get(base, "api/bids/" + id, BIDDER).json();
    assertThat(after.getJsonNumber("version").longValue()).isEqualTo(before.getJsonNumber("version").longValue());
    assertThat(after.getJsonNumber("grantRequested").bigDecimalValue())
        .isEqualByComparingTo(before.getJsonNumber("grantRequested").bigDecimalValue());
  }

  @Test
  void shouldAnswerEachErrorWithItsStatus() {
    assertThat(Http.send(Http.authorised(base, "api/bids", BIDDER, Http.DEMO_PASSWORD)
            .POST(HttpRequest.BodyPublishers.ofString("{\"title\": ")))
            .status()).isEqualTo(400);
    assertThat(Http.post(base, "api/bids", BIDDER, "{\"budgetLines\": \"lots\"}").status()).isEqualTo(400);
    assertThat(Http.get(base, "api/bids/99999999", BIDDER).status()).isEqualTo(404);
    assertThat(Http.post(base, "api/bids", BIDDER, "{\"roundReference\": \"NO-SUCH-ROUND\"}").status()).isEqualTo(422);
    assertThat(Http.get(base, "api/bids").status()).isEqualTo(401);
    assertThat(Http.send(Http.authorised(base, "api/bids", BIDDER, "wrong-password").GET()).status()).isEqualTo(401);
    assertThat(Http.post(base, "api/bids", "officer.ho", bid(null, lines(), match("1.00"), true).toString()).status())
        .isEqualTo(403);
  }

  @Test
  void shouldPublishTheRoundRulesAsData() {
    JsonObject round = Http.get(base, "api/rounds/" + DEMO_ROUND).json();

    JsonObject rules = round.getJsonObject("rules");
    assertThat(rules.getJsonNumber("matchPercent").bigDecimalValue()).isEqualByComparingTo("50");
    assertThat(rules.getInt("maxBidsPerArea")).isEqualTo(3);
    assertThat(rules.getJsonObject("yearCaps").getJsonNumber(y1.label()).bigDecimalValue()).isEqualByComparingTo("500000");
    assertThat(rules.getJsonArray("criteria")).hasSize(4);
  }

  @Test
  void shouldKeepTheAuditTableAppendOnlyEvenForTheSchemaOwner() throws Exception {
    createDraft();
    try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_entry SET actor = 'mallory'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_entry"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE actor = 'mallory'")).isZero();
  }

  private long createDraft() {
    Http.Reply created = Http.post(base, "api/bids", BIDDER, bid(null, lines(), match("50000.00"), false).toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static long auditRows(String reference) throws SQLException {
    return TestDatabase.count(
        "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'BID' AND entity_id = '" + reference + "'");
  }

  private static List<String> codes(JsonArray violations) {
    return violations.stream().map(v -> v.asJsonObject().getString("code")).toList();
  }

  private JsonArrayBuilder lines() {
    return Json.createArrayBuilder()
        .add(line(y1.label(), 1, "STAFF", "60000.00"))
        .add(line(y1.label(), 2, "EQUIPMENT", "120000.00"))
        .add(line(y1.label(), 3, "TRAINING", "40000.00"))
        .add(line(y2.label(), 1, "STAFF", "60000.00"))
        .add(line(y2.label(), 2, "EVALUATION", "20000.00"));
  }

  private static JsonObject line(String year, int quarter, String category, String amount) {
    return Json.createObjectBuilder()
        .add("financialYear", year)
        .add("quarter", quarter)
        .add("category", category)
        .add("capital", "EQUIPMENT".equals(category))
        .add("description", "Line in Ŵrecsam ✓ " + category)
        .add("amount", new BigDecimal(amount))
        .build();
  }

  private JsonArrayBuilder match(String amount) {
    return Json.createArrayBuilder()
        .add(Json.createObjectBuilder()
            .add("source", "Leeds City Council")
            .add("financialYear", y1.label())
            .add("amount", new BigDecimal(amount))
            .add("inKind", false)
            .add("status", "CONFIRMED"));
  }

  private static JsonObject bid(Long version, JsonArrayBuilder lines, JsonArrayBuilder match, boolean complete) {
    JsonObjectBuilder bid =
        Json.createObjectBuilder()
            .add("roundReference", ROUND)
            .add("title", complete ? "Safer routes home in Wakefield" : "Draft in progress")
            .add("summary", "Lighting, CCTV and trained stewards on the routes from the station.")
            .add("problemStatement", "Women report harassment on the routes from Wakefield Westgate station.")
            .add("interventions", Json.createArrayBuilder().add("CCTV").add("STREET_LIGHTING"))
            .add("locations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("localAuthority", "Wakefield").add("description", "Westgate to the city centre")))
            .add("budgetLines", lines)
            .add("matchFunding", match)
            .add("outcomes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("indicator", "Women who feel safe walking from the station after dark")
                .add("unit", "per cent")
                .add("baseline", 40)
                .add("target", 55)
                .add("howMeasured", "Street survey")));
    if (version != null) {
      bid.add("version", version);
    } else {
      bid.add("version", JsonValue.NULL);
    }
    return bid.build();
  }
}
