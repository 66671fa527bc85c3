package org.grantwell.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
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
 * the office's sign-off lead signs it off; of the two Home Office assessors from other force areas
 * it is allocated to, one declares a conflict and the third takes the task; the panel funds it; the grant officer decides the variation and verifies the returns. Quarter
 * ends come by running the engine's due timer jobs (never by sleeping). At the end the ledger and
 * the audit record tell the same story.
 */
@ExtendWith(ArquillianExtension.class)
class SaferStreetsLifecycleIT {

  private static final String BIDDER = "bidder.avon";
  private static final String SIGN_OFF = "signoff.avon";
  private static final String PANEL = "panel.ho";
  private static final String OFFICER = "officer.ho";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(SaferStreetsLifecycleIT.class, LifecycleSteps.class, Http.class, TestDatabase.class, TestRounds.class);
  }

  @Inject private ManagementService management;
  @Inject private LedgerService ledger;
  @Inject private RoundService rounds;
  @Inject private AuditRepository audit;

  private final URL base = LifecycleSteps.BASE;
  private final FinancialYear y1 = FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next();

  @Test
  void shouldCarryABidFromDraftToClosureWithTheLedgerAndAuditAgreeing() throws Exception {
    String round = ownRound();

    // 1. Draft and send for sign-off
    Http.Reply created = Http.post(base, "api/bids", BIDDER, LifecycleSteps.saferStreetsBid(round, y1).toString());
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    String reference = created.json().getString("reference");
    assertEquals("DRAFT", LifecycleSteps.status(id, BIDDER));
    Http.Reply sent = Http.post(base, "api/bids/" + id + "/submit-for-sign-off", BIDDER, "");
    assertEquals(200, sent.status(), sent.body());
    assertEquals("AWAITING_SIGN_OFF", LifecycleSteps.status(id, BIDDER));

    // 2. Sign-off: the sender cannot, the office's sign-off lead can
    String signOff = LifecycleSteps.task(SIGN_OFF, reference, "Task_SignOffBid");
    assertEquals(403, Http.post(base, "api/tasks/" + signOff + "/complete", BIDDER, "{\"decision\":\"APPROVED\"}").status());
    assertEquals(422, Http.post(base, "api/tasks/" + signOff + "/complete", SIGN_OFF, "{\"decision\":\"MAYBE\"}").status());
    LifecycleSteps.complete(SIGN_OFF, signOff, "{\"decision\":\"APPROVED\",\"comment\":\"Fits the office's plan\"}");
    assertEquals(409, Http.post(base, "api/tasks/" + signOff + "/complete", SIGN_OFF, "{\"decision\":\"APPROVED\"}").status(), "a second completion of the same task");
    assertEquals("SIGNED_OFF", LifecycleSteps.status(id, BIDDER));

    // 3. Submit while the window is open; eligibility allocates two assessors
    LifecycleSteps.complete(BIDDER, LifecycleSteps.task(BIDDER, reference, "Task_SubmitBid"), "{}");
    assertEquals("IN_ASSESSMENT", LifecycleSteps.status(id, BIDDER));

    // 4. Two assessors from outside Avon and Somerset; the first declares a conflict and the third
    //    assessor takes the task; then both score every criterion
    List<String> allocated = LifecycleSteps.assessorsWithTask(reference);
    assertEquals(2, allocated.size(), "two assessors: " + allocated);
    String conflicted = allocated.get(0);
    LifecycleSteps.complete(conflicted, LifecycleSteps.task(conflicted, reference, "Task_AssessBid"),
        "{\"conflict\":true,\"conflictReason\":\"I advised the applicant on this bid\"}");
    List<String> scorers = LifecycleSteps.assessorsWithTask(reference);
    assertEquals(2, scorers.size(), "the task went to the third assessor: " + scorers);
    assertTrue(!scorers.contains(conflicted), "the conflicted assessor no longer has it: " + scorers);
    for (String assessor : scorers) {
      String assess = LifecycleSteps.task(assessor, reference, "Task_AssessBid");
      assertEquals(422, Http.post(base, "api/tasks/" + assess + "/complete", assessor, "{\"conflict\":false,\"scores\":[]}").status());
      LifecycleSteps.complete(assessor, assess, LifecycleSteps.scores(4).toString());
    }
    assertEquals("AWAITING_DECISION", LifecycleSteps.status(id, BIDDER));

    // 5. The panel funds it in full: the award is committed
    LifecycleSteps.complete(PANEL, LifecycleSteps.task(PANEL, reference, "Task_DecideFunding"),
        "{\"decision\":\"FUND\",\"reasons\":\"Strong evidence of need\",\"conditions\":\"Quarterly returns\"}");
    assertEquals("OFFERED", LifecycleSteps.status(id, BIDDER));
    assertEquals(Money.of("200000.00"), ledger.awardBalances(id).committed());

    // 6. The bidder accepts; delivery starts
    LifecycleSteps.complete(BIDDER, LifecycleSteps.task(BIDDER, reference, "Task_AcceptOffer"), "{\"accept\":true}");
    assertEquals("IN_DELIVERY", LifecycleSteps.status(id, BIDDER));

    // 7. A variation: 10,000 moved from staff to training, approved by the grant officer
    Http.Reply variation = Http.post(base, "api/variations", BIDDER,
        "{\"bidId\":" + id + ",\"kind\":\"MOVE_CATEGORY\",\"fromCategory\":\"STAFF\",\"toCategory\":\"TRAINING\","
            + "\"amount\":10000.00,\"reason\":\"Train volunteers instead of hiring a second steward\"}");
    assertEquals(201, variation.status(), variation.body());
    LifecycleSteps.complete(OFFICER, LifecycleSteps.task(OFFICER, reference, "Task_DecideVariation"), "{\"approved\":true}");

    // 8. Two quarters: return, verification (not by the filer), claim paid to profile
    LifecycleSteps.fireTimer(management, reference, "TimerEvent_QuarterEnd");
    String firstReturn = LifecycleSteps.task(BIDDER, reference, "Task_SubmitMonitoringReturn");
    LifecycleSteps.complete(BIDDER, firstReturn, returnForm("90000.00").toString());
    LifecycleSteps.complete(OFFICER, LifecycleSteps.task(OFFICER, reference, "Task_VerifyReturn"), "{\"verified\":true}");
    LifecycleSteps.fireTimer(management, reference, "TimerEvent_QuarterEnd");
    LifecycleSteps.complete(BIDDER, LifecycleSteps.task(BIDDER, reference, "Task_SubmitMonitoringReturn"), returnForm("80000.00").toString());
    LifecycleSteps.complete(OFFICER, LifecycleSteps.task(OFFICER, reference, "Task_VerifyReturn"), "{\"verified\":true}");
    assertEquals("FINAL_RETURN_DUE", LifecycleSteps.status(id, BIDDER));
    assertEquals(Money.of("200000.00"), ledger.awardBalances(id).paid());

    // 9. Final return; closure claws back what was paid beyond the spend
    LifecycleSteps.complete(BIDDER, LifecycleSteps.task(BIDDER, reference, "Task_SubmitFinalReturn"),
        "{\"narrative\":\"Routes lit, stewards trained; 58% now feel safe\",\"spend\":[{\"category\":\"TRAINING\",\"capital\":false,\"amount\":5000.00}]}");
    assertEquals("CLOSED", LifecycleSteps.status(id, BIDDER));

    AwardBalances money = ledger.awardBalances(id);
    assertEquals(Money.of("200000.00"), money.committed(), "committed after closure");
    assertEquals(Money.of("200000.00"), money.paid());
    assertEquals(Money.of("25000.00"), money.clawedBack(), "paid 200,000, spent 175,000");

    List<String> actions = audit.findByEntity("BID", reference).stream().map(AuditEntry::getAction).toList();
    LifecycleSteps.assertSubsequence(actions, List.of("CREATED", "SENT_FOR_SIGN_OFF", "SIGNED_OFF", "SUBMITTED", "FOUND_ELIGIBLE",
        "CONFLICT_DECLARED", "ASSESSMENT_SUBMITTED", "ASSESSMENT_SUBMITTED", "SCORES_COMPUTED", "FUNDING_DECIDED", "OFFER_MADE",
        "OFFER_ACCEPTED", "VARIATION_REQUESTED", "VARIATION_APPROVED", "VARIATION_APPLIED", "RETURN_SUBMITTED",
        "RETURN_VERIFIED", "CLAIM_PAID", "RETURN_SUBMITTED", "RETURN_VERIFIED", "CLAIM_PAID", "FINAL_RETURN_SUBMITTED",
        "AWARD_CLOSED"));
    assertTrue(audit.findByEntity("BID", reference).stream().map(AuditEntry::getActor).toList()
        .containsAll(List.of(BIDDER, SIGN_OFF, PANEL, OFFICER, scorers.get(0), scorers.get(1))), "six people acted");

    JsonArray history = (JsonArray) Http.parse(Http.get(base, "api/bids/" + id + "/history", BIDDER).body());
    assertTrue(history.getValuesAs(JsonObject.class).stream().map(step -> step.getString("activityId", "")).toList()
        .containsAll(List.of("Task_SignOffBid", "Task_AssessBid", "Task_DecideFunding", "Task_CloseAward")), history.toString());
    JsonObject diagram = Http.get(base, "api/bids/" + id + "/diagram", BIDDER).json();
    assertTrue(diagram.getBoolean("ended"));
    assertTrue(diagram.getJsonArray("completedActivityIds").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList().contains("EndEvent_AwardClosed"), diagram.toString());
    assertEquals(404, Http.get(base, "api/bids/" + id + "/history", "bidder.wyorks").status());
  }

  /** A round of its own: the demo round's rules, a spending window of y1 Q1 and Q2, and its pot in the ledger. */
  private String ownRound() throws Exception {
    String reference = TestRounds.uniqueReference("SSF-LIFE");
    TestDatabase.copyRound("SSF-R6-DEMO", reference);
    try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
      // the version raised as the application's own changes raise it: servers check their cached round against it
      statement.executeUpdate("UPDATE funding_round SET version = version + 1, spend_start = DATE '" + y1.firstDay() + "', spend_by = DATE '"
          + y1.quarter(2).lastDay() + "' WHERE reference = '" + reference + "'");
    }
    long roundId = rounds.findByReference(reference).orElseThrow().id();
    ledger.setPot(roundId, Money.ofPounds(1_000_000), "admin", "round:" + reference + ":pot-set");
    return reference;
  }

  private static JsonObject returnForm(String spend) {
    return Json.createObjectBuilder()
        .add("narrative", "Stewards in post; lighting installed on two routes")
        .add("spend", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "STAFF").add("capital", false).add("amount", new BigDecimal(spend))))
        .add("outcomes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("indicator", "Women who feel safe walking from the station after dark").add("value", 48)))
        .build();
  }
}
