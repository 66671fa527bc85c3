package org.grantwell.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.grantwell.bench.Bench.Options;
import org.grantwell.bench.report.OperationStats;
import org.grantwell.bench.report.PhaseFiles;
import org.grantwell.bench.report.Recorder;
import org.grantwell.bench.report.ResultsWriter;

/**
 * {@code bench load}: N virtual users of the role mix for a warm-up and a measured period; writes
 * load-N.json and prints its table.
 */
public final class LoadPhase {

  private LoadPhase() {}

  public static JsonObject run(Options options) throws InterruptedException {
    int users = options.integer("users", 10);
    int warmup = options.integer("warmup", 20);
    int duration = options.integer("duration", 60);
    int thinkMs = options.integer("think-ms", 500);
    int reloginEvery = options.integer("relogin-every", 20);
    String base = options.text("base-url", "http://localhost:8080/");
    String password = options.text("password", "grantwell-bench");
    String prefix = options.text("user-prefix", "bench.");
    Path out = Path.of(options.text("out", "target/bench/load-" + users + ".json"));

    Recorder recorder = new Recorder();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong idle = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    String mix;
    try (Fixture fixture = fixture(options)) {
      List<List<VirtualUser.Actor>> casts = cast(fixture, users, prefix, base, password);
      int[] counts = Role.mix(users);
      mix = users < 4 ? "each plays bidder, assessor, finance lead and panel member in turn"
          : counts[0] + " bidders, " + counts[1] + " assessors, " + counts[2] + " finance leads and officers, " + counts[3] + " panel";
      for (int i = 0; i < casts.size(); i++) {
        Thread thread = new Thread(new VirtualUser(casts.get(i), recorder, thinkMs, reloginEvery, running, idle), "vu-" + i);
        thread.setDaemon(true);
        threads.add(thread);
      }
    }
    System.err.printf("bench load: %d users (%s) on %s, %d s warm-up, %d s measured, think %d ms%n", users, mix, base, warmup, duration, thinkMs);
    threads.forEach(Thread::start);
    Thread.sleep(warmup * 1000L);
    long idleBefore = idle.get();
    recorder.measuring(true);
    long start = System.nanoTime();
    Thread.sleep(duration * 1000L);
    recorder.measuring(false);
    double seconds = (System.nanoTime() - start) / 1e9;
    running.set(false);
    for (Thread thread : threads) {
      thread.join(150_000);
    }
    JsonArrayBuilder operations = Json.createArrayBuilder();
    for (OperationStats stats : recorder.stats(seconds)) {
      operations.add(stats.toJson());
    }
    JsonArrayBuilder errors = Json.createArrayBuilder();
    recorder.errorSamples().forEach(errors::add);
    JsonArrayBuilder notes = Json.createArrayBuilder();
    long idleMeasured = idle.get() - idleBefore;
    if (idleMeasured > 0) {
      notes.add(idleMeasured + " iterations in the measured period found no work (no draft bid for the bidder, no scoring task for the assessor, no decision offered to the panel): only the inbox was read");
    }
    JsonObject phase = Json.createObjectBuilder()
        .add("phase", "load")
        .add("users", users)
        .add("mix", mix)
        .add("thinkMs", thinkMs)
        .add("reloginEvery", reloginEvery)
        .add("warmupSeconds", warmup)
        .add("measuredSeconds", (int) Math.round(seconds))
        .add("baseUrl", base)
        .add("operations", operations)
        .add("errorSamples", errors)
        .add("notes", notes)
        .build();
    PhaseFiles.write(out, phase);
    System.out.println(ResultsWriter.section(phase));
    System.err.println("bench load: wrote " + out);
    return phase;
  }

  static Fixture fixture(Options options) {
    return new Fixture(options.required("jdbc-url"), options.text("db-user", "postgres"), options.text("db-password", ""));
  }

  /** The actors of each virtual user: one role each in proportion, or every role in turn below 4 users. */
  static List<List<VirtualUser.Actor>> cast(Fixture fixture, int users, String prefix, String base, String password) {
    List<Fixture.User> all = fixture.users(prefix);
    Map<String, Long> assessorLoad = fixture.assignedTasks("Task_AssessBid");
    List<Fixture.User> bidders = new ArrayList<>(all.stream().filter(u -> Role.BIDDER.fits(u.roles())).toList());
    Map<String, List<Long>> drafts = new java.util.HashMap<>();
    for (Fixture.User bidder : bidders) {
      drafts.put(bidder.username(), fixture.draftBids(bidder.organisationId(), 50));
    }
    bidders.removeIf(b -> drafts.get(b.username()).isEmpty());
    List<Fixture.User> assessors = new ArrayList<>(all.stream().filter(u -> Role.ASSESSOR.fits(u.roles())).toList());
    assessors.sort(Comparator.comparing((Fixture.User u) -> -assessorLoad.getOrDefault(u.username(), 0L)));
    List<Fixture.User> finance = all.stream().filter(u -> Role.FINANCE.fits(u.roles())).toList();
    List<Fixture.User> panel = all.stream().filter(u -> Role.PANEL.fits(u.roles())).toList();
    for (var entry : Map.of("bidders with a draft bid", bidders, "assessors", assessors, "finance users", finance, "panel members", panel).entrySet()) {
      if (entry.getValue().isEmpty()) {
        throw new IllegalStateException("no " + entry.getKey() + " among the users named " + prefix + "*");
      }
    }
    int[] mix = Role.mix(users);
    List<List<VirtualUser.Actor>> casts = new ArrayList<>();
    int[] taken = new int[4];
    for (int vu = 0; vu < users; vu++) {
      List<VirtualUser.Actor> actors = new ArrayList<>();
      for (Role role : Role.values()) {
        int index = role.ordinal();
        boolean plays = users < 4 || (vu >= offset(mix, index) && vu < offset(mix, index) + mix[index]);
        if (!plays) {
          continue;
        }
        int k = taken[index]++;
        List<Fixture.User> pool = switch (role) {
          case BIDDER -> bidders;
          case ASSESSOR -> assessors;
          case FINANCE -> finance;
          case PANEL -> panel;
        };
        Fixture.User user = pool.get(k % pool.size());
        List<Long> bids = List.of();
        if (role == Role.BIDDER) {
          int sharing = (mix[index] + pool.size() - 1) / pool.size();
          int share = (k / pool.size()) % Math.max(1, sharing);
          List<Long> own = drafts.get(user.username());
          bids = new ArrayList<>();
          for (int i = share; i < own.size(); i += Math.max(1, sharing)) {
            bids.add(own.get(i));
          }
        }
        actors.add(new VirtualUser.Actor(role, new Session(base, user.username(), password), bids));
      }
      casts.add(actors);
    }
    return casts;
  }

  private static int offset(int[] mix, int index) {
    int offset = 0;
    for (int i = 0; i < index; i++) {
      offset += mix[i];
    }
    return offset;
  }
}
