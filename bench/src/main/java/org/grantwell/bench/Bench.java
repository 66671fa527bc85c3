package org.grantwell.bench;

import java.util.HashMap;
import java.util.Map;
import org.grantwell.bench.baseline.BareEngineBaseline;
import org.grantwell.bench.load.LoadPhase;
import org.grantwell.bench.load.ReportsPhase;
import org.grantwell.bench.load.WarmupPhase;
import org.grantwell.bench.load.WorkflowPhase;
import org.grantwell.bench.probe.SqlProbe;
import org.grantwell.bench.report.Environment;
import org.grantwell.bench.report.Heap;
import org.grantwell.bench.report.ResultsPhase;

/**
 * Entry point of {@code ./grantwell bench}: one subcommand per phase, each taking everything as
 * {@code --name value} arguments and leaving a small JSON file in target/bench/; {@code results}
 * turns them into target/bench/results.md.
 */
public final class Bench {

  static final String USAGE = """
      usage: java -cp <bench classpath> org.grantwell.bench.Bench <subcommand> [--option value ...]

        load       N virtual users (bidders, assessors, finance leads, panel) against the running application
                   --base-url URL --jdbc-url URL [--db-user postgres --db-password ""] --users N
                   [--warmup 20 --duration 60 --think-ms 500 --relogin-every 20]
                   [--user-prefix bench. --password grantwell-bench] [--out target/bench/load-N.json]
        warmup     the load mix, not measured, until the server's JIT compilers settle (jcmd PerfCounter.print)
                   --server-pid PID --base-url URL --jdbc-url URL [--users 50 --min 90 --max 900 --step 30 --settled-ms 100]
                   [--out target/bench/warmup.json]
        reports    the heavy reports (Action 1, reconciliation, 360Giving export) one user, one after the other
                   --base-url URL [--finance-user bench.finance.national --password grantwell-bench --repeat 5]
                   [--out target/bench/reports.json]
        workflow   W workers drive whole bid lifecycles through the application's API
                   --base-url URL --jdbc-url URL [--workers 10 --warmup 10 --duration 60 --round BENCH-OPEN]
                   [--user-prefix bench. --password grantwell-bench --panel-user NAME] [--out target/bench/workflow.json]
        baseline   the same lifecycle on a bare Camunda engine in this JVM (database created beforehand)
                   [--engine-jdbc-url jdbc:postgresql://127.0.0.1:5432/grantwell_bench_engine --db-user postgres]
                   [--workers 10 --warmup 10 --duration 60] [--out target/bench/baseline.json]
        heap       full GC in the server, then its heap in use (jcmd)
                   --pid PID [--when "after the 50-user run"] [--out target/bench/heap.json]
        environment  the machine, Java, PostgreSQL and the data set's counts
                   --jdbc-url URL [--base-url URL] [--out target/bench/environment.json]
        sql        statements per request (server with -Dgrantwell.diagnostics.sql=true): a fixed set of API requests
                   --base-url URL --jdbc-url URL --log <server.log> --out target/bench/sql-N.json [--password grantwell-bench]
        sql-compare  the counts at two sizes as a markdown section (extra-sql.md for results)
                   --small sql-1000.json --large sql-10000.json --out target/bench/extra-sql.md
        load-compare  two load runs side by side (the cluster's two instances against one)
                   --first two.json --first-name "two instances" --second one.json --second-name "one instance"
                   --title TEXT --out target/bench/cluster/results.md
        results    target/bench/*.json (+ extra-*.md, appended) into results.md, printed too
                   [--dir target/bench] [--out target/bench/results.md]
      """;

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.print(USAGE);
      return;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return;
    }
    try {
      switch (args[0]) {
        case "load" -> LoadPhase.run(options);
        case "warmup" -> WarmupPhase.run(options);
        case "reports" -> ReportsPhase.run(options);
        case "workflow" -> WorkflowPhase.run(options);
        case "baseline" -> BareEngineBaseline.run(options);
        case "heap" -> Heap.run(options);
        case "environment" -> Environment.run(options);
        case "results" -> ResultsPhase.run(options);
        case "sql" -> SqlProbe.run(options);
        case "sql-compare" -> SqlProbe.compare(options);
        case "load-compare" -> compareLoads(options);
        default -> fail("unknown subcommand " + args[0]);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      fail(e.getMessage());
    }
    System.exit(0);
  }

  private static void compareLoads(Options options) throws java.io.IOException {
    String markdown = org.grantwell.bench.report.ResultsWriter.compareLoads(options.required("title"),
        org.grantwell.bench.report.PhaseFiles.read(java.nio.file.Path.of(options.required("first"))), options.required("first-name"),
        org.grantwell.bench.report.PhaseFiles.read(java.nio.file.Path.of(options.required("second"))), options.required("second-name"));
    java.nio.file.Path out = java.nio.file.Path.of(options.required("out"));
    if (out.getParent() != null) {
      java.nio.file.Files.createDirectories(out.getParent());
    }
    java.nio.file.Files.writeString(out, markdown);
    System.out.print(markdown);
  }

  private static void fail(String message) {
    System.err.println("bench: " + message);
    System.err.print(USAGE);
    System.exit(2);
  }

  /** The {@code --name value} (or {@code --name=value}) arguments after the subcommand. */
  public static final class Options {
    private final Map<String, String> values;

    private Options(Map<String, String> values) {
      this.values = values;
    }

    public static Options parse(String[] args) {
      Map<String, String> values = new HashMap<>();
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (!arg.startsWith("--")) {
          throw new IllegalArgumentException("expected --name value, got " + arg);
        }
        int equals = arg.indexOf('=');
        if (equals > 0) {
          values.put(arg.substring(2, equals), arg.substring(equals + 1));
        } else if (i + 1 < args.length) {
          values.put(arg.substring(2), args[++i]);
        } else {
          throw new IllegalArgumentException(arg + " needs a value");
        }
      }
      return new Options(values);
    }

    public String text(String name, String otherwise) {
      return values.getOrDefault(name, otherwise);
    }

    public String required(String name) {
      String value = values.get(name);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("--" + name + " is needed");
      }
      return value;
    }

    public int integer(String name, int otherwise) {
      String value = values.get(name);
      try {
        return value == null ? otherwise : Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--" + name + " must be a whole number, not " + value);
      }
    }
  }
}
