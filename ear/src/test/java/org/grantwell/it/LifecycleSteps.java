package org.grantwell.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.grantwell.db.shared.FinancialYear;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The steps the lifecycle tests take through the API (inbox, complete, status) and the one they
 * take on the engine: running a timer job that is due later, as the job executor would when its
 * time comes, instead of waiting for it.
 */
final class LifecycleSteps {

  static final URL BASE = base();

  private LifecycleSteps() {}

  private static URL base() {
    try {
      return URI.create("http://localhost:28080/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String status(long bidId, String user) {
    return Http.get(BASE, "api/bids/" + bidId, user).json().getString("status");
  }

  /** The id of the task of that step of the bid in the user's inbox. */
  static String task(String user, String reference, String taskKey) {
    List<JsonObject> inbox = Http.allItems(BASE, "api/tasks?bid=" + reference + "&taskKey=" + taskKey, user);
    return inbox.stream()
        .filter(t -> reference.equals(t.getString("bidReference", null)) && taskKey.equals(t.getString("taskKey")))
        .map(t -> t.getString("id"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(taskKey + " of " + reference + " not in the inbox of " + user + ": " + inbox));
  }

  /** The Home Office's demo assessors (from Kent, Cumbria and Durham). */
  static final List<String> HOME_OFFICE_ASSESSORS = List.of("assessor.kent", "assessor.cumbria", "assessor.durham");

  /** Which of the users have the bid's assessment in their inbox. */
  static List<String> assessorsWithTask(String reference) {
    return assessorsWithTask(reference, HOME_OFFICE_ASSESSORS);
  }

  /** Which of the given users have the bid's assessment in their inbox. */
  static List<String> assessorsWithTask(String reference, List<String> users) {
    return users.stream()
        .filter(user -> Http.allItems(BASE, "api/tasks?bid=" + reference + "&taskKey=Task_AssessBid", user).stream()
            .anyMatch(t -> reference.equals(t.getString("bidReference", null)) && "Task_AssessBid".equals(t.getString("taskKey"))))
        .toList();
  }

  static void complete(String user, String taskId, String form) {
    Http.Reply reply = Http.post(BASE, "api/tasks/" + taskId + "/complete", user, form);
    assertEquals(204, reply.status(), user + " completing " + taskId + ": " + reply.body());
  }

  /** Completes the user's task of that step of the bid. */
  static void completeStep(String user, String reference, String taskKey, String form) {
    complete(user, task(user, reference, taskKey), form);
  }

  /** Runs the bid's pending timer job at that activity now. */
  static void fireTimer(ManagementService management, String reference, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(processOf(reference)).timers().activityId(activityId)
        .singleResult();
    assertNotNull(timer, "the " + activityId + " timer of " + reference);
    management.executeJob(timer.getId());
  }

  static String processOf(String reference) {
    try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT process_instance_id FROM bid WHERE reference = '" + reference + "'")) {
      row.next();
      return row.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The expected actions appear in the actual ones in this order (others may come between). */
  static void assertSubsequence(List<String> actual, List<String> expected) {
    int at = 0;
    for (String action : actual) {
      if (at < expected.size() && expected.get(at).equals(action)) {
        at++;
      }
    }
    assertEquals(expected.size(), at, "audit actions " + actual + " should contain in order " + expected);
  }

  /** A complete Safer Streets bid of £200,000 in y1 Q1 and Q2, with the 50% match it needs. */
  static JsonObject saferStreetsBid(String round, FinancialYear y1) {
    JsonArrayBuilder lines = Json.createArrayBuilder()
        .add(line(y1, 1, "STAFF", false, "100000.00"))
        .add(line(y1, 2, "EQUIPMENT", true, "100000.00"));
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

  private static JsonObject line(FinancialYear y1, int quarter, String category, boolean capital, String amount) {
    return Json.createObjectBuilder().add("financialYear", y1.label()).add("quarter", quarter).add("category", category)
        .add("capital", capital).add("description", category + " for the routes").add("amount", new BigDecimal(amount)).build();
  }

  /** An assessment that gives every criterion of the demo rounds the same score. */
  static JsonObject scores(int score) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (String criterion : List.of("NEED", "APPROACH", "DELIVERY", "OUTCOMES")) {
      lines.add(Json.createObjectBuilder().add("criterion", criterion).add("score", score).add("comment", "Sound " + criterion.toLowerCase()));
    }
    return Json.createObjectBuilder().add("conflict", false).add("scores", lines).add("comment", "Fundable").build();
  }
}
