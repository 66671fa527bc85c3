package org.grantwell.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsWriterTest {

  @Test
  void shouldWriteATableRowPerOperationAndJudgeTheInteractiveTargetsAtFiftyUsers() {
    JsonObject load = load(50, new OperationStats(Operations.INBOX_PAGE, 100, 0, 5, 40, 150, 190, 200, 50),
        new OperationStats(Operations.API_BID, 100, 2, 5, 40, 250, 300, 400, 60));

    String markdown = ResultsWriter.write(List.of(load), List.of("## Extra\n\nfrom the shell"));

    assertThat(markdown).contains("## 50 concurrent users", "| operation | count | throughput/s | p50 | p95 | p99 | errors |",
        "| page inbox | 100 | 5.00 | 40.0 | 150.0 | 190.0 | 0 |", "think time of 500 ms");
    assertThat(markdown).contains("- met: page inbox p95 < 200 ms at 50 users: p95 150.0 ms",
        "- not met: api GET bid p95 < 200 ms at 50 users: p95 250.0 ms, 2 errors",
        "- not met: page bid editor p95 < 200 ms at 50 users: not measured");
    assertThat(markdown).endsWith("## Extra\n\nfrom the shell\n\n");
  }

  @Test
  void shouldStateTheWorkflowRatioAgainstTheBareEngine() {
    JsonObject app = Json.createObjectBuilder().add("phase", "workflow").add("workers", 10).add("lifecycles", 300).add("seconds", 60.0)
        .add("perSecond", 5.0).add("errors", 0).build();
    JsonObject bare = Json.createObjectBuilder().add("phase", "baseline").add("workers", 10).add("lifecycles", 480).add("seconds", 60.0)
        .add("perSecond", 8.0).add("errors", 0).build();

    String markdown = ResultsWriter.write(List.of(app, bare), List.of());

    assertThat(markdown).contains("Ratio application / bare engine: **0.625**",
        "- met: workflow throughput through the app >= half the bare engine's: 5.00 vs 8.00 lifecycles/s, ratio 0.625");
  }

  @Test
  void shouldJudgeTheHeavyReportsAndTheHeap() {
    JsonObject reports = Json.createObjectBuilder().add("phase", "reports").add("repeat", 5).add("reports", Json.createArrayBuilder()
        .add(report(Operations.API_ACTION1, 1200))
        .add(report(Operations.API_360GIVING, 3000))).build();
    JsonObject heap = Json.createObjectBuilder().add("phase", "heap").add("when", "after the 50-user run")
        .add("usedBytes", 600L << 20).add("capacityBytes", 1L << 30).build();

    String markdown = ResultsWriter.write(List.of(reports, heap), List.of());

    assertThat(markdown).contains("- not met: Action 1 report over the whole data set < 1 s: median 1200 ms",
        "- met: 360Giving export of every award < 5 s: median 3000 ms", "- met: heap in use after the run < 1 GiB: 600 MiB");
  }

  private static JsonObject report(String name, double median) {
    return Json.createObjectBuilder().add("name", name).add("runs", 5).add("medianMs", median).add("maxMs", median).add("minMs", median)
        .add("firstByteMs", 10.0).add("bytes", 1000).add("transfer", "streamed (chunked)").build();
  }

  @Test
  void shouldSetTwoLoadRunsSideBySideWithTheRatioOfTheirThroughputs() {
    JsonObject two = load(50, new OperationStats("all", 6000, 0, 100, 30, 180, 400, 900, 60),
        new OperationStats(Operations.INBOX_PAGE, 600, 0, 10, 25, 150, 190, 200, 50));
    JsonObject one = load(50, new OperationStats("all", 4800, 3, 80, 60, 420, 800, 1500, 90),
        new OperationStats(Operations.INBOX_PAGE, 480, 1, 8, 55, 380, 600, 700, 80));

    String markdown = ResultsWriter.compareLoads("Two instances against one", two, "two instances", one, "one instance");

    assertThat(markdown).contains("## Two instances against one",
        "| operation | two instances /s | p50 | p95 | errors | one instance /s | p50 | p95 | errors |",
        "| **all** | 100.00 | 30.0 | 180.0 | 0 | 80.00 | 60.0 | 420.0 | 3 |",
        "| page inbox | 10.00 | 25.0 | 150.0 | 0 | 8.00 | 55.0 | 380.0 | 1 |",
        "Throughput of all operations: two instances 100.00/s, one instance 80.00/s: ratio two instances / one instance **1.25**.");
  }

  @Test
  void shouldSayHowLongTheWarmUpRanAndWhetherTheCompilersSettled() {
    JsonObject settled = warmup(true, 480, 360, 95);
    JsonObject unsettled = warmup(false, 480, 360, 250);

    assertThat(ResultsWriter.write(List.of(settled), List.of())).contains("## Warm-up",
        "50 virtual users of the mix, not measured, for 90 s, until the server's JIT compilers worked under 100 ms per second"
            + " (ms of compiling per second, step by step: 480, 360, 95).");
    assertThat(ResultsWriter.section(unsettled)).contains(
        "**without the server's JIT compilers settling under 100 ms per second: the figures below include their work**");
    JsonObject load = Json.createObjectBuilder(load(50, new OperationStats(Operations.INBOX_PAGE, 100, 0, 5, 40, 150, 190, 200, 50)))
        .add("jitMsPerSecond", 42).build();
    assertThat(ResultsWriter.section(load)).contains("60 s measured; the server's JIT compilers worked 42 ms per second of it. Latency in ms.");
  }

  private static JsonObject warmup(boolean settled, int... steps) {
    var trace = Json.createArrayBuilder();
    for (int i = 0; i < steps.length; i++) {
      trace.add(Json.createObjectBuilder().add("second", 30 * (i + 1)).add("jitMsPerSecond", steps[i]));
    }
    return Json.createObjectBuilder().add("phase", "warmup").add("users", 50).add("mix", "25 bidders").add("seconds", 30 * steps.length)
        .add("settled", settled).add("settledMs", 100).add("lastJitMsPerSecond", steps[steps.length - 1]).add("trace", trace).build();
  }

  private static JsonObject load(int users, OperationStats... operations) {
    var array = Json.createArrayBuilder();
    for (OperationStats op : operations) {
      array.add(op.toJson());
    }
    return Json.createObjectBuilder().add("phase", "load").add("users", users).add("mix", "25 bidders").add("thinkMs", 500)
        .add("warmupSeconds", 20).add("measuredSeconds", 60).add("operations", array).build();
  }
}
