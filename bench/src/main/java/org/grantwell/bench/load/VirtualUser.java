package org.grantwell.bench.load;

import static org.grantwell.bench.report.Operations.*;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.grantwell.bench.data.ReferencePlanner;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantwell.bench.report.Recorder;

/**
 * One virtual user: one or more (role, person) pairs it plays in turn, each looping its role's
 * scenario; every request is timed and judged (status and body) into the recorder, and followed
 * by a think time.
 */
final class VirtualUser implements Runnable {

  /** One person this virtual user plays: their role, session and work items (bid ids). */
  static final class Actor {
    final Role role;
    final Session session;
    final List<Long> bids;
    int iterations;
    int next;
    int inboxRows;

    Actor(Role role, Session session, List<Long> bids) {
      this.role = role;
      this.session = session;
      this.bids = bids;
    }
  }

  private static final Pattern ROW_COUNT = Pattern.compile("id:\"inbox:tasks\",paginator:\\{[^}]*rowCount:(\\d+)");

  private final List<Actor> actors;
  private final Recorder recorder;
  private final int thinkMs;
  private final int reloginEvery;
  private final java.util.concurrent.atomic.AtomicBoolean running;
  private final Map<String, JsonObject> rounds = new HashMap<>();
  final java.util.concurrent.atomic.AtomicLong idle;

  VirtualUser(List<Actor> actors, Recorder recorder, int thinkMs, int reloginEvery,
      java.util.concurrent.atomic.AtomicBoolean running, java.util.concurrent.atomic.AtomicLong idle) {
    this.actors = actors;
    this.recorder = recorder;
    this.thinkMs = thinkMs;
    this.reloginEvery = reloginEvery;
    this.running = running;
    this.idle = idle;
  }

  @Override
  public void run() {
    int turn = 0;
    while (running.get()) {
      Actor actor = actors.get(turn++ % actors.size());
      try {
        if (actor.iterations % reloginEvery == 0) {
          login(actor);
        }
        switch (actor.role) {
          case BIDDER -> bidder(actor);
          case ASSESSOR -> assessor(actor);
          case FINANCE -> finance(actor);
          case PANEL -> panel(actor);
        }
      } catch (Stop stop) {
        // a failed step ends this iteration; it was recorded
      } catch (RuntimeException e) {
        recorder.record("driver", 0, e.toString());
        think();
      }
      actor.iterations++;
    }
  }

  /** Form sign-in in a new session: the login page, then its form posted; a redirect into /app is success. */
  void login(Actor actor) {
    actor.session.clearCookies();
    timed(LOGIN, () -> {
      Session.Reply page = actor.session.page("login.xhtml");
      if (page.status() != 200) {
        return page;
      }
      Map<String, String> fields = PageParser.formFields(page.body(), "login");
      fields.put("login:username", actor.session.username());
      fields.put("login:password", actor.session.password());
      fields.put("login:submit", "");
      return actor.session.postForm("login.xhtml", fields);
    }, reply -> reply.status() == 302 && reply.location().map(l -> l.contains("/app/")).orElse(false)
        ? null : "HTTP " + reply.status() + " to " + reply.location().orElse("(no redirect)") + " " + head(reply.body()));
  }

  /** A bidder opens a draft in the editor, reads it through the API, saves a changed budget line and runs the checks. */
  private void bidder(Actor actor) {
    if (actor.bids.isEmpty()) {
      idle.incrementAndGet();
      think();
      return;
    }
    long id = actor.bids.get(actor.next++ % actor.bids.size());
    page(actor, BID_EDITOR_PAGE, "app/bid-edit.xhtml?id=" + id, "id=\"editor\"");
    Session.Reply got = timed(API_BID, () -> actor.session.api("GET", "api/bids/" + id, null), ok(200, "\"content\""));
    JsonObject bid = json(got.body()).asJsonObject();
    String draft = changedBudgetLine(bid, actor.iterations);
    timed(API_SAVE_BUDGET, () -> actor.session.api("PUT", "api/bids/" + id, draft), ok(200, "\"id\""));
    timed(API_CHECKS, () -> actor.session.api("GET", "api/bids/" + id + "/checks", null), ok(200, "["));
  }

  /** An assessor opens the inbox page, pages the lazy table, reads the inbox through the API, claims (if offered) and scores a bid. */
  private void assessor(Actor actor) {
    Session.Reply inbox = page(actor, INBOX_PAGE, "app/tasks.xhtml", "inbox:tasks");
    Matcher rows = ROW_COUNT.matcher(inbox.body());
    int rowCount = rows.find() ? Integer.parseInt(rows.group(1)) : 0;
    int pages = Math.max(1, (rowCount + 19) / 20);
    int first = 20 * (actor.iterations % pages);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "inbox:tasks");
    fields.put("jakarta.faces.partial.execute", "inbox:tasks");
    fields.put("jakarta.faces.partial.render", "inbox:tasks");
    fields.put("inbox:tasks", "inbox:tasks");
    fields.put("inbox:tasks_pagination", "true");
    fields.put("inbox:tasks_first", String.valueOf(first));
    fields.put("inbox:tasks_rows", "20");
    fields.put("inbox:tasks_skipChildren", "true");
    fields.put("inbox:tasks_encodeFeature", "true");
    fields.putAll(PageParser.formFields(inbox.body(), "inbox"));
    fields.put("primefaces.nonce", PageParser.nonce(inbox.body()).orElse(""));
    timed(INBOX_LAZY, () -> actor.session.ajax("app/tasks.xhtml", fields),
        reply -> reply.status() == 200 && PageParser.partialUpdates(reply.body(), "inbox:tasks") ? null
            : "HTTP " + reply.status() + " " + head(reply.body()));
    JsonObject task = myTask(actor, "Task_AssessBid");
    if (task == null) {
      idle.incrementAndGet();
      return;
    }
    String taskId = task.getString("id");
    if (task.isNull("assignee") || !task.containsKey("assignee")) {
      timed(API_CLAIM, () -> actor.session.api("POST", "api/tasks/" + taskId + "/claim", null), ok(200, "\"id\""));
    }
    String scores = scores(actor, task.getString("roundReference", null));
    timed(API_COMPLETE_SCORING, () -> actor.session.api("POST", "api/tasks/" + taskId + "/complete", scores), ok(204, ""));
  }

  /** A panel member reads the inbox, claims a decision offered to the panel and hands it back (no decision: the data set stays). */
  private void panel(Actor actor) {
    JsonObject task = myTask(actor, null);
    if (task == null) {
      idle.incrementAndGet();
      return;
    }
    String taskId = task.getString("id");
    timed(API_CLAIM, () -> actor.session.api("POST", "api/tasks/" + taskId + "/claim", null), ok(200, "\"id\""));
    timed(API_UNCLAIM, () -> actor.session.api("POST", "api/tasks/" + taskId + "/unclaim", null), ok(200, "\"id\""));
  }

  /** A finance lead opens the ledger, the spending windows and Action 1, asks the reports through the API and exports 360Giving. */
  private void finance(Actor actor) {
    page(actor, LEDGER_PAGE, "app/ledger.xhtml", "Allocation ledger");
    page(actor, SPENDING_PAGE, "app/spending.xhtml", "Spending windows");
    page(actor, ACTION1_PAGE, "app/action1.xhtml", "Action 1 dashboard");
    timed(API_ACTION1, () -> actor.session.api("GET", "api/reports/action1", null), ok(200, "\"sustainability\""));
    timed(API_RECONCILIATION, () -> actor.session.api("GET", "api/ledger/reconciliation", null), ok(200, "["));
    timed(API_360GIVING, () -> actor.session.download("api/export/360giving"),
        d -> d.status() == 200 && d.bytes() > 0 || d.status() == 404 && d.bytes() < 400 ? null // 404: no award in the user's scope, told as problem+json
            : "HTTP " + d.status() + ", " + d.bytes() + " bytes");
  }

  /**
   * The first task of the inbox (API, its first page filtered to the step) that is the user's or
   * offered unclaimed; with no step, a decision offered to the panel from the user's own share of
   * them: those whose task id hashes to the user's slot (bench.panel.n: n - 1, of the generator's
   * panel members). The shares do not overlap and do not move as decisions are claimed and handed
   * back, so no two panel members ever claim the same decision (picking the n-th offered one did,
   * 2-4 times a run, as the list shifted).
   */
  private JsonObject myTask(Actor actor, String taskKey) {
    String wanted = taskKey == null ? "Task_DecideFunding" : taskKey;
    Session.Reply reply = timed(API_TASKS, () -> actor.session.api("GET", "api/tasks?taskKey=" + wanted, null), ok(200, "\"items\""));
    JsonArray tasks = json(reply.body()).asJsonObject().getJsonArray("items");
    String me = actor.session.username();
    for (JsonObject task : tasks.getValuesAs(JsonObject.class)) {
      boolean step = task.getString("taskKey").equals(wanted);
      boolean offered = !task.containsKey("assignee") || task.isNull("assignee");
      boolean mine = !offered && me.equals(task.getString("assignee"));
      if (step && taskKey == null && offered && panelShare(task.getString("id")) == panelSlot(me) % ReferencePlanner.PANEL) {
        return task;
      } else if (step && taskKey != null && (offered || mine)) {
        return task;
      }
    }
    return null;
  }

  /** Which panel member's share a decision is in (0 to the number of panel members - 1). */
  static int panelShare(String taskId) {
    return Math.floorMod(taskId.hashCode(), ReferencePlanner.PANEL);
  }

  /** n - 1 for a user named ...n (bench.panel.3: 2); 0 without a number. */
  static int panelSlot(String username) {
    java.util.regex.Matcher number = java.util.regex.Pattern.compile("(\\d+)$").matcher(username);
    return number.find() ? Math.max(0, Integer.parseInt(number.group(1)) - 1) : 0;
  }

  private Session.Reply page(Actor actor, String operation, String path, String marker) {
    return timed(operation, () -> actor.session.page(path), ok(200, marker));
  }

  /** A scoring form for every criterion of the round, as an assessor would fill it in. */
  private String scores(Actor actor, String roundReference) {
    JsonObject round = roundReference == null ? null : rounds.computeIfAbsent(roundReference, ref -> {
      Session.Reply reply = actor.session.api("GET", "api/rounds/" + ref, null);
      return reply.status() == 200 ? json(reply.body()).asJsonObject() : null;
    });
    JsonArrayBuilder lines = Json.createArrayBuilder();
    List<JsonObject> criteria = round == null ? List.of()
        : round.getJsonObject("rules").getJsonArray("criteria").getValuesAs(JsonObject.class);
    if (criteria.isEmpty()) {
      for (String code : List.of("NEED", "APPROACH", "DELIVERY", "OUTCOMES")) {
        lines.add(Json.createObjectBuilder().add("criterion", code).add("score", 4).add("comment", "Sound"));
      }
    }
    for (JsonObject criterion : criteria) {
      int max = criterion.getInt("scaleMax", 5);
      lines.add(Json.createObjectBuilder().add("criterion", criterion.getString("code")).add("score", Math.max(1, max - 1))
          .add("comment", "Sound " + criterion.getString("code").toLowerCase(java.util.Locale.ROOT)));
    }
    return Json.createObjectBuilder().add("conflict", false).add("scores", lines).add("comment", "Fundable (bench)").build().toString();
  }

  /** The bid's content with its first budget line's description changed, at the version just read. */
  static String changedBudgetLine(JsonObject bid, int iteration) {
    JsonObject content = bid.getJsonObject("content");
    JsonObjectBuilder draft = Json.createObjectBuilder(content);
    draft.add("version", bid.get("version") == null ? JsonValue.NULL : bid.get("version"));
    JsonArray lines = content.getJsonArray("budgetLines");
    if (lines != null && !lines.isEmpty()) {
      JsonArrayBuilder changed = Json.createArrayBuilder();
      for (int i = 0; i < lines.size(); i++) {
        JsonObject line = lines.getJsonObject(i);
        if (i == 0) {
          line = Json.createObjectBuilder(line).add("description", "Staff for the project (bench edit " + iteration + ")").build();
        }
        changed.add(line);
      }
      draft.add("budgetLines", changed);
    }
    return draft.build().toString();
  }

  private <T> T timed(String operation, Supplier<T> call, Function<T, String> judge) {
    long start = System.nanoTime();
    T result;
    try {
      result = call.get();
    } catch (RuntimeException e) {
      recorder.record(operation, System.nanoTime() - start, e.toString());
      think();
      throw new Stop();
    }
    long nanos = System.nanoTime() - start;
    String failure = judge.apply(result);
    recorder.record(operation, nanos, failure);
    think();
    if (failure != null) {
      throw new Stop();
    }
    return result;
  }

  private static Function<Session.Reply, String> ok(int status, String marker) {
    return reply -> reply.status() == status && reply.body().contains(marker) ? null
        : "HTTP " + reply.status() + (reply.status() == status ? " without " + marker : "") + reply.location().map(l -> " to " + l).orElse("")
            + " " + head(reply.body());
  }

  private void think() {
    if (thinkMs <= 0) {
      return;
    }
    try {
      Thread.sleep(thinkMs / 2 + ThreadLocalRandom.current().nextInt(thinkMs + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }

  static JsonValue json(String body) {
    try (jakarta.json.JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    }
  }

  static String head(String body) {
    if (body == null) {
      return "";
    }
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }

  /** Ends an iteration after a failed step (already recorded). */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }
}
