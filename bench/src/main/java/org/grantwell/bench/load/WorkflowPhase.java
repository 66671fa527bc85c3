package org.grantwell.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.grantwell.bench.Bench.Options;
import org.grantwell.bench.report.ClosedLoop;
import org.grantwell.bench.report.OperationStats;
import org.grantwell.bench.report.PhaseFiles;
import org.grantwell.bench.report.Recorder;
import org.grantwell.bench.report.ResultsWriter;

/**
 * {@code bench workflow}: W workers drive whole bid lifecycles through the application's API as
 * the real people: the bidder creates a bid in the open round and sends it for sign-off, the
 * office's sign-off lead approves, the bidder submits (eligibility runs and the application
 * allocates two assessors), each allocated assessor scores it, a panel member decides FUND. Which
 * task each step left, and for whom, is read from the database (as a person told by e-mail would
 * know), not from the inboxes, so that the figure is the workflow's and not the inbox's.
 */
public final class WorkflowPhase {

  private WorkflowPhase() {}

  /** A bidder and a sign-off lead of the same office. */
  record Office(String bidder, String signOff) {}

  public static JsonObject run(Options options) throws InterruptedException {
    int workers = options.integer("workers", 10);
    String base = options.text("base-url", "http://localhost:8080/");
    String password = options.text("password", "grantwell-bench");
    String prefix = options.text("user-prefix", "bench.");
    String roundReference = options.text("round", "BENCH-OPEN");
    Path out = Path.of(options.text("out", "target/bench/workflow.json"));
    Recorder recorder = new Recorder();
    try (Fixture fixture = LoadPhase.fixture(options)) {
      List<Fixture.User> users = fixture.users(prefix);
      List<Office> offices = new ArrayList<>();
      for (Fixture.User bidder : users.stream().filter(u -> u.roles().contains("pcc-bidder")).toList()) {
        users.stream().filter(u -> u.roles().contains("pcc-signoff") && u.organisationId() == bidder.organisationId()).findFirst()
            .ifPresent(signOff -> offices.add(new Office(bidder.username(), signOff.username())));
      }
      List<String> panels = users.stream().filter(u -> u.roles().contains("panel")).map(Fixture.User::username)
          .sorted(java.util.Comparator.comparing((String name) -> !name.contains("panel"))).toList();
      String panel = options.text("panel-user", panels.stream().findFirst()
          .orElseThrow(() -> new IllegalStateException("no panel member named " + prefix + "*")));
      if (offices.isEmpty()) {
        throw new IllegalStateException("no bidder with a sign-off lead in the same office among " + prefix + "*");
      }
      Map<String, Session> sessions = new java.util.concurrent.ConcurrentHashMap<>();
      Session first = new Session(base, offices.get(0).bidder(), password);
      Session.Reply round = first.api("GET", "api/rounds/" + roundReference, null);
      if (round.status() != 200) {
        throw new IllegalStateException("round " + roundReference + ": HTTP " + round.status() + " " + round.body());
      }
      JsonObject roundView = VirtualUser.json(round.body()).asJsonObject();
      String bid = BidContent.forRound(roundView);
      String scores = BidContent.scores(roundView);
      checkOnce(first, bid);
      // the sign-off ranks the bid among its area's bids in the round (1 to the round's cap, one bid
      // per rank): each office counts on from the highest rank its area holds already
      long highest = fixture.count("SELECT COALESCE(MAX(b.area_rank), 0) FROM bid b JOIN funding_round r"
          + " ON r.id = b.funding_round_id WHERE r.reference = '" + roundReference.replace("'", "''") + "'");
      Map<String, java.util.concurrent.atomic.AtomicInteger> ranks = new java.util.concurrent.ConcurrentHashMap<>();
      offices.forEach(office -> ranks.put(office.bidder(), new java.util.concurrent.atomic.AtomicInteger((int) highest)));
      Lifecycle lifecycle = new Lifecycle(fixture, recorder, base, password, sessions, bid, scores, panel, ranks);
      System.err.printf("bench workflow: %d workers, round %s, %d offices%n", workers, roundReference, offices.size());
      JsonObjectBuilder phase = ClosedLoop.run("workflow", workers, options.integer("warmup", 10), options.integer("duration", 60), recorder,
          (worker, sequence) -> lifecycle.run(offices.get((int) (sequence % offices.size()))));
      JsonArrayBuilder operations = Json.createArrayBuilder();
      double seconds = 1;
      for (OperationStats stats : recorder.stats(seconds)) {
        operations.add(stats.toJson());
      }
      JsonObject built = phase.add("round", roundReference).add("operations", operations).build();
      JsonObject fixed = Json.createObjectBuilder(built).add("operations", rescale(built)).build();
      PhaseFiles.write(out, fixed);
      System.out.println(ResultsWriter.section(fixed));
      return fixed;
    }
  }

  /** The steps' throughput over the measured seconds (the recorder was asked with 1 s). */
  private static JsonArrayBuilder rescale(JsonObject phase) {
    double seconds = phase.getJsonNumber("seconds").doubleValue();
    JsonArrayBuilder operations = Json.createArrayBuilder();
    for (JsonObject op : phase.getJsonArray("operations").getValuesAs(JsonObject.class)) {
      operations.add(Json.createObjectBuilder(op).add("throughput", op.getJsonNumber("count").doubleValue() / seconds));
    }
    return operations;
  }

  /** Creates one bid and runs the checks on it, so that content the round refuses is told at once. */
  private static void checkOnce(Session bidder, String bid) {
    Session.Reply created = bidder.api("POST", "api/bids", bid);
    if (created.status() != 201) {
      throw new IllegalStateException("creating a bid: HTTP " + created.status() + " " + created.body());
    }
    long id = VirtualUser.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
    Session.Reply checks = bidder.api("GET", "api/bids/" + id + "/checks", null);
    if (!checks.body().strip().equals("[]")) {
      throw new IllegalStateException("the bench bid breaks the round's rules: " + checks.body());
    }
  }

  /** One lifecycle through the API. */
  private record Lifecycle(Fixture fixture, Recorder recorder, String base, String password, Map<String, Session> sessions,
      String bid, String scores, String panel, Map<String, java.util.concurrent.atomic.AtomicInteger> ranks) {

    void run(Office office) throws Exception {
      Session bidder = session(office.bidder());
      Session.Reply created = step("1 create bid (POST bids)", 201, () -> bidder.api("POST", "api/bids", bid));
      long id = VirtualUser.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
      step("2 send for sign-off", 200, () -> bidder.api("POST", "api/bids/" + id + "/submit-for-sign-off", null));
      complete("3 sign-off (APPROVED)", session(office.signOff()), task(id, "Task_SignOffBid", 1).get(0), "{\"decision\":\"APPROVED\",\"rank\":" + ranks.get(office.bidder()).incrementAndGet() + ",\"comment\":\"Fits the plan\"}");
      complete("4 submit bid", bidder, task(id, "Task_SubmitBid", 1).get(0), "{}");
      Map<String, String> assessments = tasks(id, "Task_AssessBid", 2);
      for (Map.Entry<String, String> assessment : assessments.entrySet()) {
        complete("5 assessment (scores)", session(assessment.getValue()), assessment.getKey(), scores);
      }
      complete("6 decide funding (FUND)", session(panel), task(id, "Task_DecideFunding", 1).get(0),
          "{\"decision\":\"FUND\",\"reasons\":\"Strong evidence of need\",\"conditions\":\"Quarterly returns\"}");
    }

    private void complete(String name, Session who, String taskId, String form) {
      step(name, 204, () -> who.api("POST", "api/tasks/" + taskId + "/complete", form));
    }

    private Session.Reply step(String name, int status, Supplier<Session.Reply> call) {
      long start = System.nanoTime();
      Session.Reply reply;
      try {
        reply = call.get();
      } catch (RuntimeException e) {
        recorder.record(name, System.nanoTime() - start, e.toString());
        throw e;
      }
      String failure = reply.status() == status ? null : "HTTP " + reply.status() + " " + VirtualUser.head(reply.body());
      recorder.record(name, System.nanoTime() - start, failure);
      if (failure != null) {
        throw new IllegalStateException(name + ": " + failure);
      }
      return reply;
    }

    private List<String> task(long bidId, String taskKey, int count) throws InterruptedException {
      return new ArrayList<>(tasks(bidId, taskKey, count).keySet());
    }

    /** The bid's open tasks at that step once there are that many (they are there when the call that made them answered). */
    private Map<String, String> tasks(long bidId, String taskKey, int count) throws InterruptedException {
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (true) {
        Map<String, String> tasks = fixture.openTasks(bidId, taskKey);
        if (tasks.size() >= count && (count < 2 || tasks.values().stream().allMatch(java.util.Objects::nonNull))) {
          return tasks;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("bid " + bidId + ": " + count + " × " + taskKey + " not there after 30 s (status "
              + fixture.status(bidId).orElse("?") + ")");
        }
        Thread.sleep(20);
      }
    }

    private Session session(String username) {
      return sessions.computeIfAbsent(username, name -> new Session(base, name, password));
    }
  }

  /** A bid that keeps the open round's rules, and the scores of an assessment against its criteria. */
  static final class BidContent {
    private BidContent() {}

    static String forRound(JsonObject round) {
      JsonObject rules = round.getJsonObject("rules");
      String year = rules.getJsonArray("financialYears").getString(0);
      List<String> categories = rules.getJsonArray("costCategories").getValuesAs(jakarta.json.JsonString.class).stream()
          .map(jakarta.json.JsonString::getString).toList();
      BigDecimal grant = new BigDecimal("200000.00").max(round.getJsonNumber("minBid").bigDecimalValue())
          .min(round.getJsonNumber("maxBid").bigDecimalValue());
      JsonObject caps = rules.getJsonObject("yearCaps");
      if (caps != null && caps.containsKey(year)) {
        grant = grant.min(caps.getJsonNumber(year).bigDecimalValue());
      }
      BigDecimal half = grant.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
      grant = half.add(half);
      BigDecimal percent = rules.isNull("matchPercent") ? BigDecimal.ZERO : rules.getJsonNumber("matchPercent").bigDecimalValue();
      BigDecimal match = "TOTAL".equals(rules.getString("matchBase", "GRANT")) && percent.compareTo(BigDecimal.valueOf(100)) < 0
          ? grant.multiply(percent).divide(BigDecimal.valueOf(100).subtract(percent), 2, RoundingMode.UP)
          : grant.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.UP);
      JsonArrayBuilder lines = Json.createArrayBuilder();
      for (int quarter = 1; quarter <= 2; quarter++) {
        String category = categories.isEmpty() ? "STAFF" : categories.get((quarter - 1) % categories.size());
        lines.add(Json.createObjectBuilder().add("financialYear", year).add("quarter", quarter).add("category", category)
            .add("capital", false).add("description", "Staff for the project").add("amount", half));
      }
      JsonArrayBuilder matches = Json.createArrayBuilder();
      if (match.signum() > 0) {
        matches.add(Json.createObjectBuilder().add("source", "Local council").add("financialYear", year).add("amount", match)
            .add("inKind", false).add("status", "CONFIRMED"));
      }
      return Json.createObjectBuilder()
          .add("roundReference", round.getString("reference"))
          .add("title", "Bench bid: safe routes home")
          .add("summary", "Lighting, CCTV and trained stewards on the routes from the station.")
          .add("problemStatement", "People report harassment on the routes from the station after dark.")
          .add("interventions", Json.createArrayBuilder().add("CCTV").add("STREET_LIGHTING"))
          .add("locations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("localAuthority", "Bristol").add("description", "Station to the centre")))
          .add("budgetLines", lines)
          .add("matchFunding", matches)
          .add("outcomes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("indicator", "People who feel safe walking after dark")
              .add("unit", "per cent").add("baseline", 40).add("target", 55).add("howMeasured", "Street survey")))
          .add("version", jakarta.json.JsonValue.NULL)
          .build().toString();
    }

    static String scores(JsonObject round) {
      JsonArrayBuilder lines = Json.createArrayBuilder();
      for (JsonObject criterion : round.getJsonObject("rules").getJsonArray("criteria").getValuesAs(JsonObject.class)) {
        lines.add(Json.createObjectBuilder().add("criterion", criterion.getString("code"))
            .add("score", Math.max(1, criterion.getInt("scaleMax", 5) - 1)).add("comment", "Sound"));
      }
      return Json.createObjectBuilder().add("conflict", false).add("scores", lines).add("comment", "Fundable").build().toString();
    }
  }
}
