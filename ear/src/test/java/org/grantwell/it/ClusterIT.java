package org.grantwell.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.grantwell.db.shared.FinancialYear;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Grantwell on two Payara instances behind nginx ({@code ./grantwell cluster}), driven with plain
 * HTTP through nginx, which sends requests to the instances in turn: the golden path of a bid
 * with six people gives the same outcome as on one server; an administrator's change on one
 * instance is read on the other; a {@code kill -9} of an instance in the middle of the golden path
 * loses no acknowledged write, logs no one out and loses no page being edited, and the instance
 * rejoins; a thousand timers due at once fire once each across both job executors. Prints the
 * figures (requests per instance, writes lost, timers fired, throughput of two against one).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String BIDDER = "bidder.avon";
  private static final String SIGN_OFF = "signoff.avon";
  private static final String PANEL = "panel.ho";
  private static final String OFFICER = "officer.ho";
  private static final List<String> ASSESSORS = List.of("assessor.kent", "assessor.cumbria", "assessor.durham");

  private final FinancialYear y1 = FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next();

  @Test
  @Order(1)
  void shouldCarryABidFromDraftToClosureWithRequestsAlternatingBetweenTheInstances() throws Exception {
    Cluster.resetServed();
    long id = goldenPath(() -> {});
    Map<String, Long> served = Cluster.served();
    long total = served.values().stream().mapToLong(Long::longValue).sum();
    report("golden path: " + total + " requests through nginx, per instance " + served + ", bid " + id + " CLOSED");
    for (String instance : Cluster.INSTANCES.keySet()) {
      assertTrue(served.getOrDefault(instance, 0L) >= total / 4, instance + " served its share: " + served);
    }
  }

  @Test
  @Order(2)
  void shouldReadAnAdministratorsChangeOnOneInstanceOnTheOther() {
    String round = TestRounds.uniqueReference("SSF-CACHE");
    String a = Cluster.INSTANCES.get("grantwell-a");
    String b = Cluster.INSTANCES.get("grantwell-b");
    Cluster.Reply created = Cluster.send(a, Cluster.request(a, "api/rounds", OFFICER)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TestRounds.saferStreetsJson(round, LocalDateTime.now(FinancialYear.LONDON).plusWeeks(8), y1).toString())));
    assertEquals(201, created.status(), created.body());
    for (int i = 1; i <= 3; i++) {
      String writer = i % 2 == 1 ? a : b;
      String reader = i % 2 == 1 ? b : a;
      BigDecimal pot = new BigDecimal(900_000 + i).setScale(2);
      Cluster.Reply changed = Cluster.send(writer, Cluster.request(writer, "api/rounds/" + round + "/pot", OFFICER)
          .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"amount\":" + pot + "}")));
      assertEquals(200, changed.status(), changed.body());
      JsonObject afterPot = Cluster.send(reader, Cluster.request(reader, "api/rounds/" + round, null).GET()).json();
      assertEquals(0, pot.compareTo(afterPot.getJsonNumber("pot").bigDecimalValue()), "pot changed on " + writer + " read on " + reader + ": " + afterPot);
      // the reader now holds this version of the round; only the envelope changes next
      Cluster.Reply envelope = Cluster.send(writer, Cluster.request(writer, "api/rounds/" + round + "/envelopes/west-yorkshire", OFFICER)
          .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"amount\":" + (100_000 + i) + ".00}")));
      assertEquals(200, envelope.status(), envelope.body());
      JsonObject read = Cluster.send(reader, Cluster.request(reader, "api/rounds/" + round, null).GET()).json();
      assertEquals(0, pot.compareTo(read.getJsonNumber("pot").bigDecimalValue()), "pot changed on " + writer + " read on " + reader + ": " + read);
      assertTrue(read.toString().contains(String.valueOf(100_000 + i)), "envelope changed on " + writer + " read on " + reader + ": " + read);
    }
    report("cache: a round's pot, then its envelope alone, changed 3 times, alternately on each instance, read right on the other each time");
  }

  @Test
  @Order(3)
  void shouldMeasureTheThroughputOfTwoInstancesAgainstOne() throws Exception {
    String round = TestRounds.uniqueReference("SSF-BENCH");
    TestDatabase.copyRound("SSF-R6-DEMO", round);
    long bid = Cluster.post("api/bids", BIDDER, LifecycleSteps.saferStreetsBid(round, y1).toString()).json().getJsonNumber("id").longValue();
    Duration length = Duration.ofSeconds(Long.getLong("grantwell.cluster.bench.seconds", 20));
    throughput(Cluster.LB, bid, Duration.ofSeconds(10)); // warm both instances up
    double one = throughput(Cluster.INSTANCES.get("grantwell-a"), bid, length);
    double two = throughput(Cluster.LB, bid, length);
    report(String.format("throughput (8 clients, GET bid + GET its checks + GET round, %d s each after a warm-up): two instances through nginx %.1f req/s, one instance directly %.1f req/s, ratio %.2f",
        length.toSeconds(), two, one, two / one));
  }

  @Test
  @Order(4)
  void shouldLoseNothingAcknowledgedNorTheSessionWhenAnInstanceIsKilledMidRun() throws Exception {
    Cluster.resetServed();
    String writesRound = TestRounds.uniqueReference("SSF-KILL");
    TestDatabase.copyRound("SSF-R6-DEMO", writesRound);
    // a person editing a bid in the browser: signed in, on the editor, one step along
    long draft = Cluster.post("api/bids", BIDDER, LifecycleSteps.saferStreetsBid(writesRound, y1).toString()).json().getJsonNumber("id").longValue();
    Cluster.Browser browser = new Cluster.Browser();
    browser.login(BIDDER);
    Cluster.Reply editor = browser.get("app/bid-edit.xhtml?id=" + draft);
    assertEquals(200, editor.status(), editor.body());
    assertTrue(editor.body().contains("Step 1 of 6"), "the editor opens on its first step");
    String viewState = Cluster.Browser.viewState(editor.body());
    String nonce = Cluster.Browser.nonce(editor.body());
    Cluster.Reply step2 = goToStep(browser, viewState, nonce, "budget");
    assertTrue(step2.body().contains("Step 2 of 6"), step2.body());
    String victim = Cluster.instanceOf(step2.upstream());

    Writer writer = new Writer(writesRound, "Cluster kill test " + writesRound);
    Thread writes = new Thread(writer, "api-writes");
    writes.start();
    Thread.sleep(3_000);
    long id = goldenPath(() -> {
      Cluster.script("cluster", "kill", victim);
      report("killed " + victim + " (kill -9) with " + writer.acknowledged.size() + " bids acknowledged so far");
    });
    writer.stop = true;
    writes.join(TimeUnit.MINUTES.toMillis(2));
    Map<String, Long> servedAroundTheKill = Cluster.served();

    // the page being edited, on the instance that is left: still signed in, still on step 2
    Cluster.Reply step3 = goToStep(browser, viewState, nonce, "match");
    assertEquals(200, step3.status(), step3.body());
    assertTrue(step3.body().contains("Step 3 of 6"), "the view survived its instance: " + step3.body());
    Cluster.Reply home = browser.get("app/home.xhtml");
    assertEquals(200, home.status(), "still signed in, no second login: " + home.raw().headers().map());

    long missing = 0;
    for (long acknowledged : writer.acknowledged) {
      if (Cluster.get("api/bids/" + acknowledged, BIDDER).status() != 200) {
        missing++;
      }
    }
    long halfWritten = Cluster.count("SELECT COUNT(*) FROM bid b WHERE b.title = '" + writer.title + "'"
        + " AND (SELECT COUNT(*) FROM budget_line l WHERE l.bid_id = b.id) <> 2");
    long stored = Cluster.count("SELECT COUNT(*) FROM bid WHERE title = '" + writer.title + "'");

    // the instance comes back and serves again (requests without a session go round robin); the
    // session goes on wherever nginx sends it (its own instance while that is up)
    Cluster.script("cluster", "start-instance", victim);
    Cluster.resetServed();
    Instant back = Instant.now();
    String viewAfter = viewState;
    boolean servedByReturned = false;
    for (int i = 0; i < 40 && !servedByReturned; i++) {
      Cluster.Reply reply = Cluster.get("api/rounds/SSF-R6-DEMO", BIDDER);
      assertEquals(200, reply.status(), "served by " + reply.upstream());
      servedByReturned = victim.equals(Cluster.instanceOf(reply.upstream()));
      Cluster.Reply page = browser.get("app/home.xhtml");
      assertEquals(200, page.status(), "signed in on " + page.upstream());
      Thread.sleep(250);
    }
    assertTrue(servedByReturned, victim + " serves again after it rejoined: " + Cluster.served());
    Cluster.Reply step4 = goToStep(browser, viewAfter, nonce, "outcomes");
    assertTrue(step4.body().contains("Step 4 of 6"), step4.body());

    report("kill -9 of " + victim + " mid golden path (bid " + id + " CLOSED; requests through nginx per instance "
        + servedAroundTheKill + "): " + writer.acknowledged.size() + " bid creations acknowledged, "
        + missing + " of them lost, " + writer.refused.get() + " refused or failed while the instance went (not acknowledged), "
        + stored + " stored, " + halfWritten + " half-written; session and page state kept; " + victim + " back and serving after "
        + Duration.between(back, Instant.now()).toSeconds() + " s");
    assertTrue(writer.acknowledged.size() > 0, "writes were acknowledged");
    assertEquals(0, missing, "acknowledged writes lost");
    assertEquals(0, halfWritten, "half-written bids");
    assertTrue(stored >= writer.acknowledged.size());
  }

  @Test
  @Order(5)
  void shouldFireAThousandTimersDueAtOnceExactlyOnceEachAcrossTheInstances() throws Exception {
    int due = Integer.getInteger("grantwell.cluster.timers", 1000);
    String prefix = "TMR-" + TestRounds.uniqueReference("X").substring(2);
    LocalDateTime closes = LocalDateTime.now(FinancialYear.LONDON).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> created = new ArrayList<>();
    for (int i = 0; i < due; i++) {
      String reference = prefix + "-" + i;
      created.add(pool.submit(() -> Cluster.post("api/rounds", OFFICER, TestRounds.saferStreetsJson(reference, closes, y1).toString()).status()));
    }
    for (Future<Integer> status : created) {
      assertEquals(201, status.get());
    }
    pool.shutdown();
    String ours = "SELECT id_ FROM act_ru_execution WHERE business_key_ LIKE '" + prefix + "-%' AND parent_id_ IS NULL";
    assertEquals(due, Cluster.count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'timer' AND process_instance_id_ IN (" + ours + ")"));
    // all due now, at once (as if the clock had reached their closing time)
    Instant start = Instant.now();
    Cluster.update("UPDATE act_ru_job SET duedate_ = now() WHERE type_ = 'timer' AND process_instance_id_ IN (" + ours + ")");
    String closed = WindowTimers.closedSql(prefix);
    Cluster.await(due + " windows closed", Duration.ofMinutes(15), () -> Cluster.count(closed) == due);
    Duration took = Duration.between(start, Instant.now());

    WindowTimers timers = WindowTimers.of(prefix, Cluster::count);
    long sideEffects = timers.records();
    long distinct = timers.rounds();
    long successes = timers.successes();
    long failures = timers.failures();
    String logs = WindowTimers.jobLogSql(prefix);
    Map<String, Long> perInstance = new LinkedHashMap<>();
    for (String instance : Cluster.INSTANCES.keySet()) {
      perInstance.put(instance, Cluster.count("SELECT COUNT(*) " + logs + " AND job_state_ = 2 AND hostname_ = '" + instance + "'"));
    }
    report("timers: " + due + " due at once, " + sideEffects + " fired (window-closed records), " + distinct + " distinct rounds, "
        + successes + " successful job runs, " + failures + " failed attempts retried, per instance " + perInstance + ", all done in "
        + took.toSeconds() + " s");
    assertEquals(due, sideEffects, "each timer's side effect exactly once");
    assertEquals(due, distinct);
    assertEquals(due, successes, "each timer job ran successfully once");
    assertTrue(perInstance.values().stream().allMatch(n -> n > 0), "both job executors took timers: " + perInstance);
  }

  // --- the golden path (SaferStreetsLifecycleIT's, through nginx) -----------------------------

  private long goldenPath(Runnable midway) throws Exception {
    String round = TestRounds.uniqueReference("SSF-CLUSTER");
    TestDatabase.copyRound("SSF-R6-DEMO", round);
    // the version raised as the application's own changes raise it: servers check their cached round against it
    Cluster.update("UPDATE funding_round SET version = version + 1, spend_start = DATE '" + y1.firstDay() + "', spend_by = DATE '"
        + y1.quarter(2).lastDay() + "' WHERE reference = '" + round + "'");
    assertEquals(200, Cluster.put("api/rounds/" + round + "/pot", OFFICER, "{\"amount\": 1000001.00}").status());

    Cluster.Reply created = Cluster.post("api/bids", BIDDER, LifecycleSteps.saferStreetsBid(round, y1).toString());
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    String reference = created.json().getString("reference");
    assertEquals(200, Cluster.post("api/bids/" + id + "/submit-for-sign-off", BIDDER, "").status());
    assertEquals("AWAITING_SIGN_OFF", status(id));
    String signOff = task(SIGN_OFF, reference, "Task_SignOffBid");
    assertEquals(403, Cluster.post("api/tasks/" + signOff + "/complete", BIDDER, "{\"decision\":\"APPROVED\"}").status());
    complete(SIGN_OFF, signOff, "{\"decision\":\"APPROVED\",\"comment\":\"Fits the office's plan\"}");
    assertEquals(409, Cluster.post("api/tasks/" + signOff + "/complete", SIGN_OFF, "{\"decision\":\"APPROVED\"}").status());
    complete(BIDDER, task(BIDDER, reference, "Task_SubmitBid"), "{}");
    assertEquals("IN_ASSESSMENT", status(id));

    midway.run();

    List<String> allocated = assessorsWithTask(reference);
    assertEquals(2, allocated.size(), "two assessors: " + allocated);
    String conflicted = allocated.get(0);
    complete(conflicted, task(conflicted, reference, "Task_AssessBid"), "{\"conflict\":true,\"conflictReason\":\"I advised the applicant\"}");
    List<String> scorers = assessorsWithTask(reference);
    assertEquals(2, scorers.size(), "the task went to the third assessor: " + scorers);
    for (String assessor : scorers) {
      complete(assessor, task(assessor, reference, "Task_AssessBid"), LifecycleSteps.scores(4).toString());
    }
    assertEquals("AWAITING_DECISION", status(id));
    complete(PANEL, task(PANEL, reference, "Task_DecideFunding"), "{\"decision\":\"FUND\",\"reasons\":\"Strong evidence of need\",\"conditions\":\"Quarterly returns\"}");
    assertEquals("OFFERED", status(id));
    complete(BIDDER, task(BIDDER, reference, "Task_AcceptOffer"), "{\"accept\":true}");
    assertEquals("IN_DELIVERY", status(id));
    Cluster.Reply variation = Cluster.post("api/variations", BIDDER,
        "{\"bidId\":" + id + ",\"kind\":\"MOVE_CATEGORY\",\"fromCategory\":\"STAFF\",\"toCategory\":\"TRAINING\","
            + "\"amount\":10000.00,\"reason\":\"Train volunteers instead of hiring a second steward\"}");
    assertEquals(201, variation.status(), variation.body());
    complete(OFFICER, task(OFFICER, reference, "Task_DecideVariation"), "{\"approved\":true}");
    for (String spend : List.of("90000.00", "80000.00")) {
      quarterEnds(reference);
      complete(BIDDER, awaitTask(BIDDER, reference, "Task_SubmitMonitoringReturn"), returnForm(spend));
      complete(OFFICER, task(OFFICER, reference, "Task_VerifyReturn"), "{\"verified\":true}");
    }
    assertEquals("FINAL_RETURN_DUE", status(id));
    complete(BIDDER, task(BIDDER, reference, "Task_SubmitFinalReturn"),
        "{\"narrative\":\"Routes lit, stewards trained\",\"spend\":[{\"category\":\"TRAINING\",\"capital\":false,\"amount\":5000.00}]}");
    assertEquals("CLOSED", status(id));

    // the same outcome as on one server: the ledger and the audit record
    assertEquals(1, Cluster.count("SELECT COUNT(*) FROM ledger_award_balance WHERE bid_id = " + id
        + " AND committed = 200000.00 AND paid = 200000.00 AND clawed_back = 25000.00"), "committed, paid, clawed back");
    List<String> actions = new ArrayList<>();
    try (var c = Cluster.connect(); var s = c.createStatement();
        var rows = s.executeQuery("SELECT action FROM audit_entry WHERE entity_type = 'BID' AND entity_id = '" + reference + "' ORDER BY id")) {
      while (rows.next()) {
        actions.add(rows.getString(1));
      }
    }
    LifecycleSteps.assertSubsequence(actions, List.of("CREATED", "SENT_FOR_SIGN_OFF", "SIGNED_OFF", "SUBMITTED", "FOUND_ELIGIBLE",
        "CONFLICT_DECLARED", "ASSESSMENT_SUBMITTED", "ASSESSMENT_SUBMITTED", "SCORES_COMPUTED", "FUNDING_DECIDED", "OFFER_MADE",
        "OFFER_ACCEPTED", "VARIATION_REQUESTED", "VARIATION_APPROVED", "VARIATION_APPLIED", "RETURN_SUBMITTED",
        "RETURN_VERIFIED", "CLAIM_PAID", "RETURN_SUBMITTED", "RETURN_VERIFIED", "CLAIM_PAID", "FINAL_RETURN_SUBMITTED", "AWARD_CLOSED"));
    JsonObject check = Cluster.get("api/audit/verify", "admin").json();
    assertTrue(check.getBoolean("intact"), "the audit chain is intact: " + check);
    return id;
  }

  /** The quarter end comes: the bid's timer is made due now and the job executor (either instance) fires it. */
  private static void quarterEnds(String reference) {
    int updated = Cluster.update("UPDATE act_ru_job SET duedate_ = now() WHERE process_instance_id_ = (SELECT process_instance_id FROM bid WHERE reference = '"
        + reference + "') AND job_def_id_ IN (SELECT id_ FROM act_ru_jobdef WHERE act_id_ = 'TimerEvent_QuarterEnd')");
    assertEquals(1, updated, "one quarter-end timer of " + reference);
  }

  private static String awaitTask(String user, String reference, String taskKey) throws InterruptedException {
    String[] found = new String[1];
    Cluster.await(taskKey + " of " + reference, Duration.ofMinutes(2), () -> (found[0] = findTask(user, reference, taskKey)) != null);
    return found[0];
  }

  private static String status(long id) {
    return Cluster.get("api/bids/" + id, BIDDER).json().getString("status");
  }

  private static String findTask(String user, String reference, String taskKey) {
    Cluster.Reply inbox = Cluster.get("api/tasks?size=100&bid=" + reference + "&taskKey=" + taskKey, user);
    assertEquals(200, inbox.status(), inbox.body());
    return inbox.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(t -> reference.equals(t.getString("bidReference", null)) && taskKey.equals(t.getString("taskKey")))
        .map(t -> t.getString("id")).findFirst().orElse(null);
  }

  private static String task(String user, String reference, String taskKey) {
    String id = findTask(user, reference, taskKey);
    if (id == null) {
      throw new AssertionError(taskKey + " of " + reference + " not in the inbox of " + user);
    }
    return id;
  }

  private static List<String> assessorsWithTask(String reference) {
    return ASSESSORS.stream().filter(user -> findTask(user, reference, "Task_AssessBid") != null).toList();
  }

  private static void complete(String user, String taskId, String form) {
    Cluster.Reply reply = Cluster.post("api/tasks/" + taskId + "/complete", user, form);
    assertEquals(204, reply.status(), user + " completing " + taskId + " on " + reply.upstream() + ": " + reply.body());
  }

  private static String returnForm(String spend) {
    return Json.createObjectBuilder()
        .add("narrative", "Stewards in post; lighting installed on two routes")
        .add("spend", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "STAFF").add("capital", false).add("amount", new BigDecimal(spend))))
        .add("outcomes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("indicator", "Women who feel safe walking from the station after dark").add("value", 48)))
        .build().toString();
  }

  private static Cluster.Reply goToStep(Cluster.Browser browser, String viewState, String nonce, String step) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "editor:step-" + step);
    form.put("jakarta.faces.partial.execute", "editor:step-" + step);
    form.put("jakarta.faces.partial.render", "editor");
    form.put("editor:step-" + step, "editor:step-" + step);
    form.put("editor", "editor");
    form.put("jakarta.faces.ViewState", viewState);
    form.put("primefaces.nonce", nonce);
    return browser.post("app/bid-edit.xhtml", form, true);
  }

  private double throughput(String base, long bid, Duration length) throws Exception {
    AtomicLong done = new AtomicLong();
    AtomicInteger errors = new AtomicInteger();
    Instant until = Instant.now().plus(length);
    ExecutorService clients = Executors.newFixedThreadPool(8);
    String[] paths = {"api/bids/" + bid, "api/bids/" + bid + "/checks", "api/rounds/SSF-R6-DEMO"};
    for (int c = 0; c < 8; c++) {
      int offset = c;
      clients.submit(() -> {
        for (int i = offset; Instant.now().isBefore(until); i++) {
          Cluster.Reply reply = Cluster.send(base, Cluster.request(base, paths[i % paths.length], BIDDER).GET());
          if (reply.status() == 200) {
            done.incrementAndGet();
          } else {
            errors.incrementAndGet();
          }
        }
        return null;
      });
    }
    clients.shutdown();
    clients.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS);
    assertEquals(0, errors.get(), "errors during the throughput run on " + base);
    return done.get() / (double) length.toSeconds();
  }

  private static void report(String line) {
    System.out.println("CLUSTER FIGURES: " + line);
  }

  /** Creates bids through nginx one after another, keeping the ids of those acknowledged (201). */
  private final class Writer implements Runnable {
    private final String round;
    final String title;
    final List<Long> acknowledged = new CopyOnWriteArrayList<>();
    final AtomicInteger refused = new AtomicInteger();
    volatile boolean stop;

    Writer(String round, String title) {
      this.round = round;
      this.title = title;
    }

    @Override
    public void run() {
      String body = Json.createObjectBuilder(LifecycleSteps.saferStreetsBid(round, y1)).add("title", title).build().toString();
      while (!stop) {
        try {
          Cluster.Reply reply = Cluster.post("api/bids", BIDDER, body);
          if (reply.status() == 201) {
            acknowledged.add(reply.json().getJsonNumber("id").longValue());
          } else {
            refused.incrementAndGet();
          }
        } catch (RuntimeException e) {
          refused.incrementAndGet();
        }
      }
    }
  }
}
