package org.grantwell.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import org.grantwell.bench.Bench.Options;
import org.grantwell.bench.report.JitActivity;
import org.grantwell.bench.report.PhaseFiles;

/**
 * {@code bench warmup}: the load mix, not measured, until the server is warm, so that the measured
 * phases after it measure the application and not the JVM's start-up. Warm means the server's JIT
 * compilers have settled: every {@code --step} seconds the compile time of the last step is read
 * ({@link JitActivity}), and once, after at least {@code --min} seconds, it is under {@code
 * --settled-ms} per second, the warm-up ends; at {@code --max} seconds it ends anyway and says so.
 *
 * <p>Why: a freshly started Payara with the application spent 300 to 500 ms of every second
 * compiling, a quarter of the server's CPU at 50 users, for 8 minutes of the 50-user mix, and
 * under 100 ms after 11 (jstat and the compiler threads' CPU). A server on the last day of a
 * round's window has run for days.
 */
public final class WarmupPhase {

  private WarmupPhase() {}

  public static JsonObject run(Options options) throws InterruptedException, IOException {
    String pid = options.required("server-pid");
    int min = options.integer("min", 90);
    int max = options.integer("max", 900);
    int step = options.integer("step", 30);
    int settledMs = options.integer("settled-ms", 100);
    Path out = Path.of(options.text("out", "target/bench/warmup.json"));
    LoadPhase.Users users = LoadPhase.Users.start(options);
    System.err.printf("bench warmup: %d users (%s) until the server's JIT compiles under %d ms per second (%d to %d s)%n",
        users.users, users.mix, settledMs, min, max);
    long started = System.nanoTime();
    long readAt = started;
    double compiled = JitActivity.compileSeconds(pid);
    JsonArrayBuilder trace = Json.createArrayBuilder();
    boolean settled = false;
    long lastMs = -1;
    int elapsed = 0;
    while (elapsed < max) {
      Thread.sleep(step * 1000L);
      double now = JitActivity.compileSeconds(pid);
      long at = System.nanoTime();
      elapsed = (int) Math.round((at - started) / 1e9);
      lastMs = Math.round((now - compiled) * 1000 / ((at - readAt) / 1e9));
      compiled = now;
      readAt = at;
      trace.add(Json.createObjectBuilder().add("second", elapsed).add("jitMsPerSecond", lastMs));
      System.err.printf("bench warmup: %4d s, the JIT compiled %d ms per second of the last %d s%n", elapsed, lastMs, step);
      if (elapsed >= min && lastMs < settledMs) {
        settled = true;
        break;
      }
    }
    users.stop();
    JsonObject phase = Json.createObjectBuilder()
        .add("phase", "warmup")
        .add("users", users.users)
        .add("mix", users.mix)
        .add("seconds", elapsed)
        .add("settled", settled)
        .add("settledMs", settledMs)
        .add("lastJitMsPerSecond", lastMs)
        .add("trace", trace)
        .build();
    return PhaseFiles.finish(out, phase);
  }
}
