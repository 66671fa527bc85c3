package org.grantwell.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.grantwell.bench.Bench.Options;
import org.grantwell.bench.report.JitActivity;
import org.grantwell.bench.report.OperationStats;
import org.grantwell.bench.report.PhaseFiles;
import org.grantwell.bench.report.Recorder;

/**
 * {@code bench load}: N virtual users of the role mix for a warm-up and a measured period; writes
 * load-N.json and prints its table.
 */
public final class LoadPhase {

  private LoadPhase() {}

  public static JsonObject run(Options options) throws InterruptedException, java.io.IOException {
    int warmup = options.integer("warmup", 20);
    int duration = options.integer("duration", 60);
    Path out = Path.of(options.text("out", "target/bench/load-" + options.integer("users", 10) + ".json"));
    Users running = Users.start(options);
    System.err.printf("bench load: %d users (%s) on %s, %d s warm-up, %d s measured, think %d ms%n",
        running.users, running.mix, running.base, warmup, duration, running.thinkMs);
    Thread.sleep(warmup * 1000L);
    long idleBefore = running.idle.get();
    Optional<String> serverPid = Optional.ofNullable(options.text("server-pid", null));
    double compiledBefore = serverPid.isPresent() ? JitActivity.compileSeconds(serverPid.get()) : 0;
    Recorder recorder = running.recorder;
    recorder.measuring(true);
    long start = System.nanoTime();
    Thread.sleep(duration * 1000L);
    recorder.measuring(false);
    double seconds = (System.nanoTime() - start) / 1e9;
    double compiled = serverPid.isPresent() ? JitActivity.compileSeconds(serverPid.get()) - compiledBefore : 0;
    running.stop();
    JsonArrayBuilder operations = Json.createArrayBuilder();
    for (OperationStats stats : recorder.stats(seconds)) {
      operations.add(stats.toJson());
    }
    JsonArrayBuilder errors = Json.createArrayBuilder();
    recorder.errorSamples().forEach(errors::add);
    JsonArrayBuilder notes = Json.createArrayBuilder();
    long idleMeasured = running.idle.get() - idleBefore;
    if (idleMeasured > 0) {
      notes.add(idleMeasured + " iterations in the measured period found no work (no draft bid for the bidder, no scoring task for the assessor, no decision offered to the panel): only the inbox was read");
    }
    JsonObject phase = Json.createObjectBuilder()
        .add("phase", "load")
        .add("users", running.users)
        .add("mix", running.mix)
        .add("thinkMs", running.thinkMs)
        .add("reloginEvery", running.reloginEvery)
        .add("warmupSeconds", warmup)
        .add("measuredSeconds", (int) Math.round(seconds))
        .add("jitMsPerSecond", serverPid.isPresent() ? Math.round(compiled * 1000 / seconds) : -1)
        .add("baseUrl", running.base)
        .add("operations", operations)
        .add("errorSamples", errors)
        .add("notes", notes)
        .build();
    System.err.println("bench load: writing " + out);
    return PhaseFiles.finish(out, phase);
  }

  /** The virtual users of a load run, started; {@link #stop()} ends their loops. */
  static final class Users {
    final int users;
    final int thinkMs;
    final int reloginEvery;
    final String base;
    final String mix;
    final Recorder recorder = new Recorder();
    final AtomicLong idle = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    private Users(int users, int thinkMs, int reloginEvery, String base, String mix) {
      this.users = users;
      this.thinkMs = thinkMs;
      this.reloginEvery = reloginEvery;
      this.base = base;
      this.mix = mix;
    }

    /** Casts the users of {@code --users} from the database and starts each one's loop. */
    static Users start(Options options) {
      int users = options.integer("users", 10);
      String base = options.text("base-url", "http://localhost:8080/");
      String password = options.text("password", "grantwell-bench");
      String prefix = options.text("user-prefix", "bench.");
      List<List<VirtualUser.Actor>> casts;
      try (Fixture fixture = fixture(options)) {
        casts = cast(fixture, users, prefix, base, password);
      }
      int[] counts = Role.mix(users);
      String mix = users < 4 ? "each plays bidder, assessor, finance lead and panel member in turn"
          : counts[0] + " bidders, " + counts[1] + " assessors, " + counts[2] + " finance leads and officers, " + counts[3] + " panel";
      Users started = new Users(users, options.integer("think-ms", 500), options.integer("relogin-every", 20), base, mix);
      for (int i = 0; i < casts.size(); i++) {
        Thread thread = new Thread(new VirtualUser(casts.get(i), started.recorder, started.thinkMs, started.reloginEvery,
            started.running, started.idle), "vu-" + i);
        thread.setDaemon(true);
        started.threads.add(thread);
      }
      started.threads.forEach(Thread::start);
      return started;
    }

    /** Ends every loop after its current request and waits for it. */
    void stop() throws InterruptedException {
      running.set(false);
      for (Thread thread : threads) {
        thread.join(150_000);
      }
    }
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
