package org.grantwell.bench.report;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes results.md from the phase files: the machine and the data set, a table per user level,
 * the heavy reports, the workflow throughput against the bare engine, the server's heap, and a line
 * per target saying met or not met with the figure. Pure: JSON in, markdown out.
 */
public final class ResultsWriter {

  static final double INTERACTIVE_P95_MS = 200;
  static final double ACTION1_MS = 1_000;
  static final double RECONCILIATION_MS = 2_000;
  static final double EXPORT_MS = 5_000;
  static final double WORKFLOW_RATIO = 0.5;
  static final long HEAP_BYTES = 1L << 30;

  private final StringBuilder out = new StringBuilder();
  private final List<String> targets = new ArrayList<>();

  private ResultsWriter() {}

  /** The markdown for these phase files plus the extra sections (already markdown) at the end. */
  public static String write(List<JsonObject> phases, List<String> extraSections) {
    ResultsWriter writer = new ResultsWriter();
    writer.all(phases, extraSections);
    return writer.out.toString();
  }

  /** The markdown of one phase file alone (what a subcommand prints when it finishes). */
  public static String section(JsonObject phase) {
    ResultsWriter writer = new ResultsWriter();
    switch (phase.getString("phase")) {
      case "load" -> writer.load(phase);
      case "reports" -> writer.reports(phase);
      case "workflow" -> writer.workflow(Optional.of(phase), Optional.empty());
      case "baseline" -> writer.workflow(Optional.empty(), Optional.of(phase));
      case "heap" -> writer.heap(List.of(phase));
      case "environment" -> writer.environment(phase);
      case "warmup" -> writer.warmup(phase);
      default -> writer.line("(phase " + phase.getString("phase") + ")");
    }
    return writer.out.toString();
  }

  /**
   * Two load runs of the same driver side by side, per operation: throughput and latency of the
   * first and the second, and the ratio of their throughputs over all operations (the cluster's
   * two instances against one).
   */
  public static String compareLoads(String title, JsonObject first, String firstName, JsonObject second, String secondName) {
    ResultsWriter writer = new ResultsWriter();
    writer.line("## " + title);
    writer.line("");
    writer.line("The same closed loop each time: " + first.getInt("users") + " virtual users (" + first.getString("mix", "")
        + "), think time " + first.getInt("thinkMs") + " ms mean, " + first.getInt("measuredSeconds") + " s and "
        + second.getInt("measuredSeconds") + " s measured. Latency in ms.");
    writer.line("");
    writer.line("| operation | " + firstName + " /s | p50 | p95 | errors | " + secondName + " /s | p50 | p95 | errors |");
    writer.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    Map<String, OperationStats> others = new java.util.LinkedHashMap<>();
    for (JsonObject json : second.getJsonArray("operations").getValuesAs(JsonObject.class)) {
      OperationStats op = OperationStats.fromJson(json);
      others.put(op.name(), op);
    }
    for (JsonObject json : first.getJsonArray("operations").getValuesAs(JsonObject.class)) {
      OperationStats op = OperationStats.fromJson(json);
      OperationStats other = others.get(op.name());
      String name = "all".equals(op.name()) ? "**all**" : op.name();
      writer.line("| " + name + " | " + f(op.throughput(), 2) + " | " + f(op.p50(), 1) + " | " + f(op.p95(), 1) + " | " + op.errors()
          + " | " + (other == null ? "- | - | - | -" : f(other.throughput(), 2) + " | " + f(other.p50(), 1) + " | "
              + f(other.p95(), 1) + " | " + other.errors()) + " |");
    }
    writer.line("");
    OperationStats all = OperationStats.fromJson(first.getJsonArray("operations").getValuesAs(JsonObject.class).stream()
        .filter(o -> "all".equals(o.getString("name"))).findFirst().orElseThrow(() -> new IllegalArgumentException("no 'all' row")));
    OperationStats otherAll = others.get("all");
    if (otherAll == null) {
      throw new IllegalArgumentException("no 'all' row in the second run");
    }
    writer.line("Throughput of all operations: " + firstName + " " + f(all.throughput(), 2) + "/s, " + secondName + " "
        + f(otherAll.throughput(), 2) + "/s: ratio " + firstName + " / " + secondName + " **"
        + f(otherAll.throughput() == 0 ? 0 : all.throughput() / otherAll.throughput(), 2) + "**.");
    writer.line("");
    return writer.out.toString();
  }

  private void all(List<JsonObject> phases, List<String> extras) {
    line("# Grantwell benchmark results");
    line("");
    find(phases, "environment").ifPresent(this::environment);
    find(phases, "warmup").ifPresent(this::warmup);
    List<JsonObject> loads = new ArrayList<>(phases.stream().filter(p -> "load".equals(p.getString("phase"))).toList());
    loads.sort(Comparator.comparingInt(p -> p.getInt("users")));
    for (JsonObject load : loads) {
      load(load);
    }
    find(phases, "reports").ifPresent(this::reports);
    workflow(find(phases, "workflow"), find(phases, "baseline"));
    heap(phases.stream().filter(p -> "heap".equals(p.getString("phase"))).toList());
    interactiveTargets(loads);
    line("## Targets");
    line("");
    if (targets.isEmpty()) {
      line("No phase results to judge.");
    }
    targets.forEach(t -> line("- " + t));
    line("");
    for (String extra : extras) {
      line(extra.strip());
      line("");
    }
  }

  private void environment(JsonObject env) {
    line("Date: " + env.getString("date", "?") + "  ");
    line("Machine: " + env.getInt("cores", 0) + " cores, " + gib(env.getJsonNumber("memoryBytes")) + " memory"
        + (env.getBoolean("shared", false) ? " (shared with other work: absolute figures are indicative)" : "") + "  ");
    line("Java: " + env.getString("java", "?").replace("\n", "; ") + "  ");
    line("PostgreSQL: " + env.getString("postgresql", "?") + "  ");
    line("Application: " + env.getString("baseUrl", "?"));
    line("");
    JsonObject counts = env.getJsonObject("dataSet");
    if (counts != null && !counts.isEmpty()) {
      line("### Data set");
      line("");
      line("| what | count |");
      line("|---|---:|");
      counts.forEach((what, count) -> line("| " + what + " | " + count + " |"));
      line("");
    }
  }

  private void warmup(JsonObject warmup) {
    line("## Warm-up");
    line("");
    String trace = warmup.getJsonArray("trace").getValuesAs(JsonObject.class).stream()
        .map(step -> String.valueOf(step.getInt("jitMsPerSecond"))).collect(java.util.stream.Collectors.joining(", "));
    line(warmup.getInt("users") + " virtual users of the mix, not measured, for " + warmup.getInt("seconds") + " s, "
        + (warmup.getBoolean("settled")
            ? "until the server's JIT compilers worked under " + warmup.getInt("settledMs") + " ms per second"
            : "**without the server's JIT compilers settling under " + warmup.getInt("settledMs")
                + " ms per second: the figures below include their work**")
        + " (ms of compiling per second, step by step: " + trace + ").");
    line("");
  }

  private void load(JsonObject load) {
    int users = load.getInt("users");
    line("## " + users + " concurrent user" + (users == 1 ? "" : "s"));
    line("");
    line("Closed loop: " + users + " virtual users (" + load.getString("mix", "") + "), each looping its role's scenario with a think time of "
        + load.getInt("thinkMs") + " ms mean (uniform " + load.getInt("thinkMs") / 2 + "–" + load.getInt("thinkMs") * 3 / 2
        + " ms) after every operation; " + load.getInt("warmupSeconds") + " s warm-up not counted, " + load.getInt("measuredSeconds")
        + " s measured" + (load.getInt("jitMsPerSecond", -1) >= 0
            ? "; the server's JIT compilers worked " + load.getInt("jitMsPerSecond") + " ms per second of it" : "")
        + ". Latency in ms.");
    line("");
    operationTable(load.getJsonArray("operations"));
    errorSamples(load);
    if (load.containsKey("notes")) {
      for (JsonString note : load.getJsonArray("notes").getValuesAs(JsonString.class)) {
        line("- " + note.getString());
      }
      line("");
    }
  }

  private void operationTable(JsonArray operations) {
    line("| operation | count | throughput/s | p50 | p95 | p99 | errors |");
    line("|---|---:|---:|---:|---:|---:|---:|");
    for (JsonObject json : operations.getValuesAs(JsonObject.class)) {
      OperationStats op = OperationStats.fromJson(json);
      String name = "all".equals(op.name()) ? "**all**" : op.name();
      line("| " + name + " | " + op.count() + " | " + f(op.throughput(), 2) + " | " + f(op.p50(), 1) + " | " + f(op.p95(), 1)
          + " | " + f(op.p99(), 1) + " | " + op.errors() + " |");
    }
    line("");
  }

  private void errorSamples(JsonObject phase) {
    JsonArray samples = phase.getJsonArray("errorSamples");
    if (samples != null && !samples.isEmpty()) {
      line("First errors:");
      line("");
      for (JsonString sample : samples.getValuesAs(JsonString.class)) {
        line("- `" + sample.getString().replace('`', '\'').replace('\n', ' ') + "`");
      }
      line("");
    }
  }

  private void reports(JsonObject reports) {
    line("## Heavy reports, one user");
    line("");
    line("Each report asked " + reports.getInt("repeat") + " times in a row by one user after one unmeasured call; times in ms"
        + " to the last byte of the body.");
    line("");
    line("| report | runs | median | max | min | bytes | first byte (median) | streamed |");
    line("|---|---:|---:|---:|---:|---:|---:|---|");
    for (JsonObject r : reports.getJsonArray("reports").getValuesAs(JsonObject.class)) {
      line("| " + r.getString("name") + " | " + r.getInt("runs") + " | " + f(num(r, "medianMs"), 0) + " | " + f(num(r, "maxMs"), 0)
          + " | " + f(num(r, "minMs"), 0) + " | " + r.getJsonNumber("bytes").longValue() + " | " + f(num(r, "firstByteMs"), 0)
          + " | " + r.getString("transfer", "") + " |");
      double median = num(r, "medianMs");
      String name = r.getString("name");
      if (name.equals(Operations.API_ACTION1)) {
        target(median < ACTION1_MS, "Action 1 report over the whole data set < 1 s: median " + f(median, 0) + " ms, max " + f(num(r, "maxMs"), 0) + " ms");
      } else if (name.equals(Operations.API_RECONCILIATION)) {
        target(median < RECONCILIATION_MS, "ledger reconciliation < 2 s: median " + f(median, 0) + " ms, max " + f(num(r, "maxMs"), 0) + " ms");
      } else if (name.equals(Operations.API_360GIVING)) {
        target(median < EXPORT_MS, "360Giving export of every award < 5 s: median " + f(median, 0) + " ms for "
            + r.getJsonNumber("bytes").longValue() + " bytes, " + r.getString("transfer", "?")
            + " (memory flat as data grows: compare the heap at two data-set sizes)");
      }
    }
    line("");
    errorSamples(reports);
  }

  private void workflow(Optional<JsonObject> app, Optional<JsonObject> bare) {
    if (app.isEmpty() && bare.isEmpty()) {
      return;
    }
    line("## Workflow throughput");
    line("");
    line("The same lifecycle (start, sign-off, submit, eligibility, two assessments, FUND decision) by W workers in a closed loop,"
        + " through the application's API and through a bare Camunda engine (same PostgreSQL server, history FULL, job executor on,"
        + " no-op delegates).");
    line("");
    line("| engine | workers | lifecycles | seconds | lifecycles/s | errors |");
    line("|---|---:|---:|---:|---:|---:|");
    app.ifPresent(a -> workflowRow("application (API)", a));
    bare.ifPresent(b -> workflowRow("bare engine", b));
    line("");
    if (app.isPresent() && bare.isPresent()) {
      double ratio = num(bare.get(), "perSecond") == 0 ? 0 : num(app.get(), "perSecond") / num(bare.get(), "perSecond");
      line("Ratio application / bare engine: **" + f(ratio, 3) + "**");
      line("");
      target(ratio >= WORKFLOW_RATIO, "workflow throughput through the app >= half the bare engine's: " + f(num(app.get(), "perSecond"), 2)
          + " vs " + f(num(bare.get(), "perSecond"), 2) + " lifecycles/s, ratio " + f(ratio, 3));
    }
    app.filter(a -> a.containsKey("operations")).ifPresent(a -> {
      line("Steps of the application's lifecycle:");
      line("");
      operationTable(a.getJsonArray("operations"));
      errorSamples(a);
    });
  }

  private void workflowRow(String label, JsonObject phase) {
    line("| " + label + " | " + phase.getInt("workers") + " | " + phase.getJsonNumber("lifecycles").longValue() + " | "
        + f(num(phase, "seconds"), 1) + " | " + f(num(phase, "perSecond"), 2) + " | " + phase.getJsonNumber("errors").longValue() + " |");
  }

  private void heap(List<JsonObject> heaps) {
    if (heaps.isEmpty()) {
      target(false, "heap in use after the run < 1 GiB: not measured (no heap.json)");
      return;
    }
    line("## Server heap");
    line("");
    line("| when | used after full GC | capacity |");
    line("|---|---:|---:|");
    for (JsonObject heap : heaps) {
      line("| " + heap.getString("when", "after the run") + " | " + mib(heap.getJsonNumber("usedBytes")) + " | "
          + mib(heap.getJsonNumber("capacityBytes")) + " |");
    }
    line("");
    JsonObject last = heaps.get(heaps.size() - 1);
    long used = last.getJsonNumber("usedBytes").longValue();
    target(used < HEAP_BYTES, "heap in use after the run < 1 GiB: " + mib(last.getJsonNumber("usedBytes")) + " ("
        + last.getString("when", "after the run") + ")");
  }

  private void interactiveTargets(List<JsonObject> loads) {
    if (loads.isEmpty()) {
      return;
    }
    JsonObject top = loads.get(loads.size() - 1);
    int users = top.getInt("users");
    String at = users == 50 ? "at 50 users" : "at " + users + " users (no 50-user run)";
    Map<String, JsonObject> byName = new java.util.HashMap<>();
    top.getJsonArray("operations").getValuesAs(JsonObject.class).forEach(o -> byName.put(o.getString("name"), o));
    List<String> lines = new ArrayList<>();
    for (String name : Operations.INTERACTIVE) {
      JsonObject op = byName.get(name);
      if (op == null) {
        lines.add(0, "not met: " + name + " p95 < 200 ms " + at + ": not measured");
        continue;
      }
      double p95 = num(op, "p95");
      long errors = op.getJsonNumber("errors").longValue();
      boolean met = p95 < INTERACTIVE_P95_MS && errors == 0;
      lines.add((met ? "met: " : "not met: ") + name + " p95 < 200 ms " + at + ": p95 " + f(p95, 1) + " ms"
          + (errors == 0 ? "" : ", " + errors + " errors"));
    }
    targets.addAll(0, lines);
  }

  private void target(boolean met, String text) {
    targets.add((met ? "met: " : "not met: ") + text);
  }

  private static Optional<JsonObject> find(List<JsonObject> phases, String phase) {
    return phases.stream().filter(p -> phase.equals(p.getString("phase"))).reduce((first, second) -> second);
  }

  private static double num(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof JsonNumber number ? number.doubleValue() : 0;
  }

  static String f(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private static String mib(JsonNumber bytes) {
    return bytes == null ? "?" : f(bytes.longValue() / 1048576.0, 0) + " MiB";
  }

  private static String gib(JsonNumber bytes) {
    return bytes == null ? "?" : f(bytes.longValue() / 1073741824.0, 1) + " GiB";
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
