package org.grantwell.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.grantwell.db.audit.AuditEntry;
import org.grantwell.db.audit.AuditRepository;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.ledger.AwardBalances;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.round.RoundService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Safer Streets bid from draft to closure through the API, on PostgreSQL, with six people:
 * the Avon and Somerset bidder drafts, submits, accepts, files returns and asks for a variation;
 * the office's sign-off lead signs it off; two Home Office assessors from other force areas score
 * it; the panel funds it; the grant officer decides the variation and verifies the returns. Quarter
 * ends come by running the engine's due timer jobs (never by sleeping). At the end the ledger and
 * the audit record tell the same story.
 */
@ExtendWith(ArquillianExtension.class)
class SaferStreetsLifecycleIT {

  private static final String BIDDER = "bidder.avon";
  private static final String SIGN_OFF = "signoff.avon";
  private static final String PANEL = "panel.ho";
  private static final String OFFICER = "officer.ho";
  private static final List<String> ASSESSORS = List.of("assessor.kent", "assessor.cumbria");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(SaferStreetsLifecycleIT.class, Http.class, TestDatabase.class, TestRounds.class);
  }

  @Inject private ManagementService management;
  @Inject private LedgerService ledger;
  @Inject private RoundService rounds;
  @Inject private AuditRepository audit;

  private final URL base = URI.create("http://localhost:28080/").toURL();
  private final FinancialYear y1 = FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next();

  SaferStreetsLifecycleIT() throws java.net.MalformedURLException {}

  @Test
  void shouldCarryABidFromDraftToClosureWithTheLedgerAndAuditAgreeing() throws Exception {
    String round = ownRound();

    // 1. Draft and send for sign-off
    Http.Reply created = Http.post(base, "api/bids", BIDDER, bid(round).toString());
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    String reference = created.json().getString("reference");
    assertEquals("DRAFT", status(id));
    Http.Reply sent = Http.post(base, "api/bids/" + id + "/submit-for-sign-off", BIDDER, "");
    assertEquals(200, sent.status(), sent.body());
    assertEquals("AWAITING_SIGN_OFF", status(id));

    // 2. Sign-off: the sender cannot, the office's sign-off lead can
    String signOff = task(SIGN_OFF, reference, "Task_SignOffBid");
    assertEquals(403, Http.post(base, "api/tasks/" + signOff + "/complete", BIDDER, "{\"decision\":\"APPROVED\"}").status());
    assertEquals(422, Http.post(base, "api/tasks/" + signOff + "/complete", SIGN_OFF, "{\"decision\":\"MAYBE\"}").status());
    complete(SIGN_OFF, signOff, "{\"decision\":\"APPROVED\",\"comment\":\"Fits the office's plan\"}");
    assertEquals(409, Http.post(base, "api/tasks/" + signOff + "/complete", SIGN_OFF, "{\"decision\":\"APPROVED\"}").status(), "a second completion of the same task");
    assertEquals("SIGNED_OFF", status(id));

    // 3. Submit while the window is open; eligibility allocates two assessors
    complete(BIDDER, task(BIDDER, reference, "Task_SubmitBid"), "{}");
    assertEquals("IN_ASSESSMENT", status(id));

    // 4. Two assessments
    for (String assessor : ASSESSORS) {
      String assess = task(assessor, reference, "Task_AssessBid");
      assertEquals(422, Http.post(base, "api/tasks/" + assess + "/complete", assessor, "{\"conflict\":false,\"scores\":[]}").status());
      complete(assessor, assess, scores(4).toString());
    }
    assertEquals("AWAITING_DECISION", status(id));

    // 5. The panel funds it in full: the award is committed
    complete(PANEL, task(PANEL, reference, "Task_DecideFunding"),
        "{\"decision\":\"FUND\",\"reasons\":\"Strong evidence of need\",\"conditions\":\"Quarterly returns\"}");
    assertEquals("OFFERED", status(id));
    assertEquals(Money.of("200000.00"), ledger.awardBalances(id).committed());

    // 6. The bidder accepts; delivery starts
    complete(BIDDER, task(BIDDER, reference, "Task_AcceptOffer"), "{\"accept\":true}");
    assertEquals("IN_DELIVERY", status(id));

    // 7. A variation: 10,000 moved from staff to training, approved by the grant officer
    Http.Reply variation = Http.post(base, "api/variations", BIDDER,
        "{\"bidId\":" + id + ",\"kind\":\"MOVE_CATEGORY\",\"fromCategory\":\"STAFF\",\"toCategory\":\"TRAINING\","
            + "\"amount\":10000.00,\"reason\":\"Train volunteers instead of hiring a second steward\"}");
    assertEquals(201, variation.status(), variation.body());
    complete(OFFICER, task(OFFICER, reference, "Task_DecideVariation"), "{\"approved\":true}");

    // 8. Two quarters: return, verification (not by the filer), claim paid to profile
    fireDueTimer(reference);
    String firstReturn = task(BIDDER, reference, "Task_SubmitMonitoringReturn");
    complete(BIDDER, firstReturn, returnForm("90000.00").toString());
    complete(OFFICER, task(OFFICER, reference, "Task_VerifyReturn"), "{\"verified\":true}");
    fireDueTimer(reference);
    complete(BIDDER, task(BIDDER, reference, "Task_SubmitMonitoringReturn"), returnForm("80000.00").toString());
    complete(OFFICER, task(OFFICER, reference, "Task_VerifyReturn"), "{\"verified\":true}");
    assertEquals("FINAL_RETURN_DUE", status(id));
    assertEquals(Money.of("200000.00"), ledger.awardBalances(id).paid());

    // 9. Final return; closure claws back what was paid beyond the spend
    complete(BIDDER, task(BIDDER, reference, "Task_SubmitFinalReturn"),
        "{\"narrative\":\"Routes lit, stewards trained; 58% now feel safe\",\"spend\":[{\"category\":\"TRAINING\",\"capital\":false,\"amount\":5000.00}]}");
    assertEquals("CLOSED", status(id));

    AwardBalances money = ledger.awardBalances(id);
    assertEquals(Money.of("200000.00"), money.committed(), "committed after closure");
    assertEquals(Money.of("200000.00"), money.paid());
    assertEquals(Money.of("25000.00"), money.clawedBack(), "paid 200,000, spent 175,000");

    List<String> actions = audit.findByEntity("BID", reference).stream().map(AuditEntry::getAction).toList();
    assertSubsequence(actions, List.of("CREATED", "SENT_FOR_SIGN_OFF", "SIGNED_OFF", "SUBMITTED", "FOUND_ELIGIBLE",
        "ASSESSMENT_SUBMITTED", "ASSESSMENT_SUBMITTED", "SCORES_COMPUTED", "FUNDING_DECIDED", "OFFER_MADE",
        "OFFER_ACCEPTED", "VARIATION_REQUESTED", "VARIATION_APPROVED", "VARIATION_APPLIED", "RETURN_SUBMITTED",
        "RETURN_VERIFIED", "CLAIM_PAID", "RETURN_SUBMITTED", "RETURN_VERIFIED", "CLAIM_PAID", "FINAL_RETURN_SUBMITTED",
        "AWARD_CLOSED"));
    assertTrue(audit.findByEntity("BID", reference).stream().map(AuditEntry::getActor).toList()
        .containsAll(List.of(BIDDER, SIGN_OFF, PANEL, OFFICER, ASSESSORS.get(0), ASSESSORS.get(1))), "six people acted");

    JsonArray history = (JsonArray) Http.parse(Http.get(base, "api/bids/" + id + "/history", BIDDER).body());
    assertTrue(history.getValuesAs(JsonObject.class).stream().map(step -> step.getString("activityId", "")).toList()
        .containsAll(List.of("Task_SignOffBid", "Task_AssessBid", "Task_DecideFunding", "Task_CloseAward")), history.toString());
    JsonObject diagram = Http.get(base, "api/bids/" + id + "/diagram", BIDDER).json();
    assertTrue(diagram.getBoolean("ended"));
    assertTrue(diagram.getJsonArray("completedActivityIds").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList().contains("EndEvent_AwardClosed"), diagram.toString());
    assertEquals(404, Http.get(base, "api/bids/" + id + "/history", "bidder.wyorks").status());
  }

  private static void assertSubsequence(List<String> actual, List<String> expected) {
    int at = 0;
    for (String action : actual) {
      if (at < expected.size() && expected.get(at).equals(action)) {
        at++;
      }
    }
    assertEquals(expected.size(), at, "audit actions " + actual + " should contain in order " + expected);
  }

  /** Runs the bid's due-next timer job now, as the job executor would when the quarter ends. */
  private void fireDueTimer(String reference) {
    String processInstance = processOf(reference);
    Job timer = management.createJobQuery().processInstanceId(processInstance).timers().activityId("TimerEvent_QuarterEnd")
        .singleResult();
    assertNotNull(timer, "the quarter-end timer of " + reference);
    management.executeJob(timer.getId());
  }

  private String processOf(String reference) {
    try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
        java.sql.ResultSet row = statement.executeQuery("SELECT process_instance_id FROM bid WHERE reference = '" + reference + "'")) {
      row.next();
      return row.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String status(long id) {
    return Http.get(base, "api/bids/" + id, BIDDER).json().getString("status");
  }

  private String task(String user, String reference, String taskKey) {
    Http.Reply inbox = Http.get(base, "api/tasks", user);
    assertEquals(200, inbox.status(), inbox.body());
    return ((JsonArray) Http.parse(inbox.body())).getValuesAs(JsonObject.class).stream()
        .filter(t -> reference.equals(t.getString("bidReference", null)) && taskKey.equals(t.getString("taskKey")))
        .map(t -> t.getString("id"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(taskKey + " of " + reference + " not in the inbox of " + user + ": " + inbox.body()));
  }

  private void complete(String user, String taskId, String form) {
    Http.Reply reply = Http.post(base, "api/tasks/" + taskId + "/complete", user, form);
    assertEquals(204, reply.status(), user + " completing " + taskId + ": " + reply.body());
  }

  /** A round of its own: the demo round's rules, a spending window of y1 Q1 and Q2, and its pot in the ledger. */
  private String ownRound() throws Exception {
    String reference = TestRounds.uniqueReference("SSF-LIFE");
    TestDatabase.copyRound("SSF-R6-DEMO", reference);
    try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE funding_round SET spend_start = DATE '" + y1.firstDay() + "', spend_by = DATE '"
          + y1.quarter(2).lastDay() + "' WHERE reference = '" + reference + "'");
    }
    long roundId = rounds.findByReference(reference).orElseThrow().id();
    ledger.setPot(roundId, Money.ofPounds(1_000_000), "admin", "round:" + reference + ":pot-set");
    return reference;
  }

  private JsonObject bid(String round) {
    JsonArrayBuilder lines = Json.createArrayBuilder()
        .add(line(1, "STAFF", false, "100000.00"))
        .add(line(2, "EQUIPMENT", true, "100000.00"));
    return Json.createObjectBuilder()
        .add("roundReference", round)
        .add("title", "Safe routes home from Temple Meads")
        .add("summary", "Lighting, CCTV and trained stewards on the routes from the station.")
        .add("problemStatement", "Women report harassment on the routes from Bristol Temple Meads after dark.")
        .add("interventions", Json.createArrayBuilder().add("CCTV").add("STREET_LIGHTING"))
        .add("locations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("localAuthority", "Bristol").add("description", "Temple Meads to the centre")))
        .add("budgetLines", lines)
        .add("matchFunding", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("source", "Bristol City Council").add("financialYear", y1.label()).add("amount", new BigDecimal("100000.00"))
            .add("inKind", false).add("status", "CONFIRMED")))
        .add("outcomes", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("indicator", "Women who feel safe walking from the station after dark").add("unit", "per cent")
            .add("baseline", 40).add("target", 55).add("howMeasured", "Street survey")))
        .add("version", JsonValue.NULL)
        .build();
  }

  private JsonObject line(int quarter, String category, boolean capital, String amount) {
    return Json.createObjectBuilder().add("financialYear", y1.label()).add("quarter", quarter).add("category", category)
        .add("capital", capital).add("description", category + " for the routes").add("amount", new BigDecimal(amount)).build();
  }

  private static JsonObject scores(int score) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (String criterion : List.of("NEED", "APPROACH", "DELIVERY", "OUTCOMES")) {
      lines.add(Json.createObjectBuilder().add("criterion", criterion).add("score", score).add("comment", "Sound " + criterion.toLowerCase()));
    }
    return Json.createObjectBuilder().add("conflict", false).add("scores", lines).add("comment", "Fundable").build();
  }

  private static JsonObject returnForm(String spend) {
    return Json.createObjectBuilder()
        .add("narrative", "Stewards in post; lighting installed on two routes")
        .add("spend", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "STAFF").add("capital", false).add("amount", new BigDecimal(spend))))
        .add("outcomes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("indicator", "Women who feel safe walking from the station after dark").add("value", 48)))
        .build();
  }
}
