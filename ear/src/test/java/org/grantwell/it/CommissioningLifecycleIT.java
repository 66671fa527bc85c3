package org.grantwell.it;

import static org.grantwell.it.LifecycleSteps.BASE;
import static org.grantwell.it.LifecycleSteps.completeStep;
import static org.grantwell.it.LifecycleSteps.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.grantwell.db.allocation.AllocationBasis;
import org.grantwell.db.audit.AuditEntry;
import org.grantwell.db.audit.AuditRepository;
import org.grantwell.db.bid.rules.MatchBase;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.round.ApplicationWindow;
import org.grantwell.db.round.RoundRuleSet;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.ledger.AwardBalances;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.round.NewRound;
import org.grantwell.workflow.round.RoundService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two victims' funding processes through the API on PostgreSQL: the Ministry of Justice's
 * formula round allocated to every PCC office, Avon and Somerset's spending plan returned, agreed
 * and closed with its outcome measure; and the office commissioning a provider from its
 * allocation, with moderation and part funding, the provider's verified return feeding the office.
 */
@ExtendWith(ArquillianExtension.class)
class CommissioningLifecycleIT {

  private static final String OFFICE_BIDDER = "bidder.avon";
  private static final String OFFICE_FINANCE = "finance.avon";
  private static final String MOJ_OFFICER = "officer.moj";
  private static final String PROVIDER = "provider.haven";
  private static final String COMMISSIONER = "commissioner.avon";
  private static final String COPE = "Victims who say they are better able to cope and recover";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(CommissioningLifecycleIT.class, LifecycleSteps.class, Http.class, TestDatabase.class, TestRounds.class);
  }

  @Inject private ManagementService management;
  @Inject private LedgerService ledger;
  @Inject private RoundService rounds;
  @Inject private AuditRepository audit;

  private final FinancialYear y1 = FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next();

  @Test
  void shouldAllocateAgreeAndCloseAnOfficesSpendingPlan() throws Exception {
    String round = TestRounds.uniqueReference("VCORE-LIFE");
    long roundId = rounds.openRound("admin", victimsRound(round)).id();
    assertEquals(TestDatabase.count("SELECT COUNT(*) FROM organisation WHERE org_type = 'PCC_OFFICE' AND force_area_id IS NOT NULL"),
        TestDatabase.count("SELECT COUNT(*) FROM allocation WHERE funding_round_id = " + roundId), "one allocation per PCC office");
    assertEquals(5_000_000_000L, TestDatabase.count(
        "SELECT SUM(amount) * 100 FROM ledger_entry WHERE entry_type = 'ALLOCATION' AND funding_round_id = " + roundId),
        "the allocations add up to the pot (in pence) exactly");

    Http.Reply created = Http.post(BASE, "api/bids", OFFICE_BIDDER, plan(round, "300000.00").toString());
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    String reference = created.json().getString("reference");
    assertEquals("DRAFT", status(id, OFFICE_BIDDER));
    Http.Reply tooMuch = Http.put(BASE, "api/bids/" + id, OFFICE_BIDDER, plan(round, "900000.00", created.json().getJsonNumber("version").longValue()).toString());
    assertEquals(200, tooMuch.status(), tooMuch.body());
    Http.Reply refused = Http.post(BASE, "api/bids/" + id + "/submit-for-sign-off", OFFICE_BIDDER, "");
    assertEquals(422, refused.status(), "ring-fenced lines beyond the ring-fenced allocation: " + refused.body());
    assertTrue(refused.body().contains("RING_FENCE_EXCEEDED"), refused.body());
    Http.Reply fixed = Http.put(BASE, "api/bids/" + id, OFFICE_BIDDER, plan(round, "100000.00", tooMuch.json().getJsonNumber("version").longValue()).toString());
    assertEquals(200, fixed.status(), fixed.body());

    assertEquals(200, Http.post(BASE, "api/bids/" + id + "/submit-for-sign-off", OFFICE_BIDDER, "").status());
    assertEquals("AWAITING_DECISION", status(id, OFFICE_BIDDER));
    completeStep(MOJ_OFFICER, reference, "Task_ReviewSpendingPlan", "{\"approved\":false,\"comment\":\"Say how ISVA posts are recruited\"}");
    assertEquals("DRAFT", status(id, OFFICE_BIDDER));
    assertEquals(200, Http.post(BASE, "api/bids/" + id + "/submit-for-sign-off", OFFICE_BIDDER, "").status());
    completeStep(MOJ_OFFICER, reference, "Task_ReviewSpendingPlan", "{\"approved\":true}");
    assertEquals("OFFERED", status(id, OFFICE_BIDDER));
    completeStep(OFFICE_FINANCE, reference, "Task_AcceptGrantAgreement", "{\"accept\":true}");
    assertEquals("IN_DELIVERY", status(id, OFFICE_BIDDER));

    LifecycleSteps.fireTimer(management, reference, "TimerEvent_PeriodEnd");
    completeStep(OFFICE_BIDDER, reference, "Task_SubmitOutcomeReturn", returnForm("VICTIM_SERVICES", "380000.00", 78).toString());
    completeStep(MOJ_OFFICER, reference, "Task_VerifyReturn", "{\"verified\":true}");
    assertEquals("FINAL_RETURN_DUE", status(id, OFFICE_BIDDER));
    completeStep(OFFICE_BIDDER, reference, "Task_SubmitFinalReturn", "{\"narrative\":\"78% of victims better able to cope and recover\"}");
    assertEquals("CLOSED", status(id, OFFICE_BIDDER));

    AwardBalances money = ledger.awardBalances(id);
    assertEquals(Money.of("400000.00"), money.committed());
    assertEquals(Money.of("400000.00"), money.paid());
    assertEquals(Money.of("20000.00"), money.clawedBack());
    LifecycleSteps.assertSubsequence(actions(reference), List.of("CREATED", "ALLOCATION_FOUND", "SENT_FOR_SIGN_OFF",
        "PLAN_RETURNED", "SENT_FOR_SIGN_OFF", "PLAN_APPROVED", "GRANT_AGREEMENT_ISSUED", "OFFER_ACCEPTED",
        "RETURN_SUBMITTED", "RETURN_VERIFIED", "CLAIM_PAID", "FINAL_RETURN_SUBMITTED", "AWARD_CLOSED"));
  }

  @Test
  void shouldCommissionAProviderFromTheOfficesAllocation() throws Exception {
    String round = TestRounds.uniqueReference("AVON-LIFE");
    TestDatabase.copyRound("AVON-VS-DEMO", round);
    try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
      // the version raised as the application's own changes raise it: servers check their cached round against it
      statement.executeUpdate("UPDATE funding_round SET version = version + 1, spend_start = DATE '" + y1.firstDay() + "', spend_by = DATE '"
          + y1.quarter(1).lastDay() + "' WHERE reference = '" + round + "'");
    }
    ledger.setPot(rounds.findByReference(round).orElseThrow().id(), Money.ofPounds(1_200_000), "admin", "round:" + round + ":pot-set");

    Http.Reply created = Http.post(BASE, "api/bids", PROVIDER, service(round).toString());
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    String reference = created.json().getString("reference");
    assertEquals(200, Http.post(BASE, "api/bids/" + id + "/submit-for-sign-off", PROVIDER, "").status());
    assertEquals("READY_TO_SUBMIT", status(id, PROVIDER));
    completeStep(PROVIDER, reference, "Task_SubmitBid", "{}");
    assertEquals("IN_ASSESSMENT", status(id, PROVIDER));
    assertEquals(404, Http.get(BASE, "api/bids/" + id, "assessor.kent").status(), "another funder's assessor");

    completeStep("assessor1.avon", reference, "Task_AssessBid", LifecycleSteps.scores(5).toString());
    completeStep("assessor2.avon", reference, "Task_AssessBid", LifecycleSteps.scores(2).toString());
    assertEquals("IN_MODERATION", status(id, PROVIDER), "scores 100 and 40 are further apart than 15");
    completeStep(COMMISSIONER, reference, "Task_ModerateScores", "{\"moderatedScore\":70,\"reason\":\"Need is well evidenced\"}");
    completeStep(COMMISSIONER, reference, "Task_DecideFunding",
        "{\"decision\":\"PART_FUND\",\"amount\":40000.00,\"conditions\":\"Report waiting times\",\"reasons\":\"Fund the advisers, not the premises\"}");
    assertEquals("OFFERED", status(id, PROVIDER));
    assertEquals(Money.of("40000.00"), ledger.awardBalances(id).committed());
    completeStep(PROVIDER, reference, "Task_AcceptOffer", "{\"accept\":true}");

    LifecycleSteps.fireTimer(management, reference, "TimerEvent_PeriodEnd");
    String returnTask = LifecycleSteps.task(PROVIDER, reference, "Task_SubmitMonitoringReturn");
    LifecycleSteps.complete(PROVIDER, returnTask, returnForm("VICTIM_SERVICES", "40000.00", 81).toString());
    assertEquals(404, Http.post(BASE, "api/tasks/" + LifecycleSteps.task(COMMISSIONER, reference, "Task_VerifyReturn") + "/complete",
        PROVIDER, "{\"verified\":true}").status(), "the funder's task does not exist for the provider");
    completeStep(COMMISSIONER, reference, "Task_VerifyReturn", "{\"verified\":true}");
    completeStep(PROVIDER, reference, "Task_SubmitFinalReturn", "{\"narrative\":\"Waiting times down to three weeks\"}");
    assertEquals("CLOSED", status(id, PROVIDER));
    assertEquals(Money.of("40000.00"), ledger.awardBalances(id).paid());
    assertEquals(Money.ZERO, ledger.awardBalances(id).clawedBack());
    LifecycleSteps.assertSubsequence(actions(reference), List.of("FOUND_ELIGIBLE", "ASSESSMENT_SUBMITTED",
        "ASSESSMENT_SUBMITTED", "SCORES_COMPUTED", "SCORES_MODERATED", "FUNDING_DECIDED", "OFFER_MADE", "OFFER_ACCEPTED",
        "RETURN_SUBMITTED", "RETURN_VERIFIED", "CLAIM_PAID", "FED_OFFICE_RETURN", "FINAL_RETURN_SUBMITTED", "AWARD_CLOSED"));
  }

  private List<String> actions(String reference) {
    return audit.findByEntity("BID", reference).stream().map(AuditEntry::getAction).toList();
  }

  private NewRound victimsRound(String reference) {
    RoundRuleSet rules = new RoundRuleSet(Set.of(OrganisationType.PCC_OFFICE), Map.of(), 1, BigDecimal.ZERO,
        MatchBase.GRANT_REQUESTED, true, Set.of(), null, Set.of("VICTIM_SERVICES", "ISVA_IDVA"), List.of(), null, null);
    LocalDate today = LocalDate.now(FinancialYear.LONDON);
    return new NewRound(reference, "Victims' core grant (lifecycle test)", "VCORE",
        new ApplicationWindow(LocalDateTime.of(today.minusDays(1), LocalTime.NOON).atZone(FinancialYear.LONDON).toInstant(),
            LocalDateTime.of(today.plusWeeks(8), LocalTime.NOON).atZone(FinancialYear.LONDON).toInstant()),
        Money.ofPounds(50_000_000), Money.ZERO, Money.ofPounds(20_000_000), y1.firstDay(), y1.quarter(1).lastDay(), rules,
        null, AllocationBasis.POPULATION, Money.ofPounds(10_000_000));
  }

  private JsonObject plan(String round, String ringFenced) {
    return plan(round, ringFenced, null);
  }

  private JsonObject plan(String round, String ringFenced, Long version) {
    JsonArrayBuilder lines = Json.createArrayBuilder()
        .add(line(1, "VICTIM_SERVICES", "300000.00"))
        .add(line(1, "ISVA_IDVA", ringFenced));
    return bid(round, "Victims' services spending plan", lines, "VICTIM_SUPPORT", version);
  }

  private JsonObject service(String round) {
    JsonArrayBuilder lines = Json.createArrayBuilder().add(line(1, "VICTIM_SERVICES", "50000.00"));
    return bid(round, "Independent advisers for North Somerset", lines, "VICTIM_SUPPORT", null);
  }

  private JsonObject bid(String round, String title, JsonArrayBuilder lines, String intervention, Long version) {
    return Json.createObjectBuilder()
        .add("roundReference", round)
        .add("title", title)
        .add("summary", "Specialist support for victims of sexual violence and domestic abuse.")
        .add("problemStatement", "Victims wait up to twelve weeks for an adviser.")
        .add("interventions", Json.createArrayBuilder().add(intervention))
        .add("locations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("localAuthority", "North Somerset").add("description", "The whole area")))
        .add("budgetLines", lines)
        .add("matchFunding", Json.createArrayBuilder())
        .add("outcomes", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("indicator", COPE).add("unit", "per cent").add("baseline", 72).add("target", 80).add("howMeasured", "Exit survey")))
        .add("version", version == null ? JsonValue.NULL : Json.createValue(version))
        .build();
  }

  private JsonObject line(int quarter, String category, String amount) {
    return Json.createObjectBuilder().add("financialYear", y1.label()).add("quarter", quarter).add("category", category)
        .add("capital", false).add("description", category + " in North Somerset").add("amount", new BigDecimal(amount)).build();
  }

  private static JsonObject returnForm(String category, String spend, int cope) {
    return Json.createObjectBuilder()
        .add("narrative", "Advisers in post; waiting list shrinking")
        .add("spend", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", category).add("capital", false).add("amount", new BigDecimal(spend))))
        .add("outcomes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("indicator", COPE).add("value", cope)))
        .build();
  }
}
