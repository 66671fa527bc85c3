package org.grantwell.bench.report;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the server's JIT compilers have worked since its JVM started, from HotSpot's own
 * counters ({@code jcmd <pid> PerfCounter.print}: {@code java.ci.totalTime} in ticks of {@code
 * sun.os.hrt.frequency} per second). Two readings some seconds apart give the compilers' work per
 * second of that interval: the measure of whether a server is warm.
 */
public final class JitActivity {

  private static final Pattern TOTAL_TIME = Pattern.compile("(?m)^java\\.ci\\.totalTime=(\\d+)");
  private static final Pattern FREQUENCY = Pattern.compile("(?m)^sun\\.os\\.hrt\\.frequency=(\\d+)");

  private JitActivity() {}

  /** Seconds the JIT compilers of that JVM have spent compiling since it started. */
  public static double compileSeconds(String pid) throws IOException, InterruptedException {
    String counters = Jcmd.run(pid, "PerfCounter.print");
    return parse(counters).orElseThrow(() -> new IllegalStateException("no java.ci.totalTime in jcmd's answer"));
  }

  /** The compile seconds from PerfCounter.print's answer, when it has both counters. */
  public static Optional<Double> parse(String counters) {
    Matcher time = TOTAL_TIME.matcher(counters);
    Matcher frequency = FREQUENCY.matcher(counters);
    if (!time.find() || !frequency.find() || Long.parseLong(frequency.group(1)) == 0) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(time.group(1)) / (double) Long.parseLong(frequency.group(1)));
  }
}
