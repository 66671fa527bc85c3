package org.grantwell.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.grantwell.bench.Bench.Options;
import org.grantwell.bench.report.Operations;
import org.grantwell.bench.report.Percentiles;
import org.grantwell.bench.report.PhaseFiles;

/**
 * {@code bench reports}: the heavy reports, whose targets are absolute, asked by one user one
 * after the other (one unmeasured call first, then R measured): the Action 1 report, the ledger
 * reconciliation and the 360Giving export of every award, each read to its last byte.
 */
public final class ReportsPhase {

  private ReportsPhase() {}

  public static JsonObject run(Options options) {
    int repeat = options.integer("repeat", 5);
    String base = options.text("base-url", "http://localhost:8080/");
    Session session = new Session(base, options.text("finance-user", "bench.finance.national"), options.text("password", "grantwell-bench"));
    Path out = Path.of(options.text("out", "target/bench/reports.json"));
    JsonArrayBuilder reports = Json.createArrayBuilder();
    JsonArrayBuilder errors = Json.createArrayBuilder();
    record Report(String name, String path) {}
    for (Report report : List.of(
        new Report(Operations.API_ACTION1, "api/reports/action1"),
        new Report(Operations.API_RECONCILIATION, "api/ledger/reconciliation"),
        new Report(Operations.API_360GIVING, "api/export/360giving"))) {
      long[] times = new long[repeat];
      long[] firstBytes = new long[repeat];
      long bytes = 0;
      String transfer = "";
      int failures = 0;
      for (int i = -1; i < repeat; i++) {
        long start = System.nanoTime();
        Session.Download download = session.download(report.path());
        long nanos = System.nanoTime() - start;
        if (download.status() != 200 || download.bytes() == 0) {
          failures++;
          errors.add(report.name() + ": HTTP " + download.status() + ", " + download.bytes() + " bytes");
        }
        if (i >= 0) {
          times[i] = nanos;
          firstBytes[i] = download.firstByteNanos();
          bytes = download.bytes();
          transfer = download.transfer();
        }
      }
      long[] sorted = Percentiles.sorted(times, repeat);
      JsonObject row = Json.createObjectBuilder()
          .add("name", report.name())
          .add("path", report.path())
          .add("runs", repeat)
          .add("failures", failures)
          .add("medianMs", ms(Percentiles.of(sorted, 50)))
          .add("maxMs", ms(sorted[repeat - 1]))
          .add("minMs", ms(sorted[0]))
          .add("firstByteMs", ms(Percentiles.median(firstBytes)))
          .add("bytes", bytes)
          .add("transfer", transfer)
          .build();
      reports.add(row);
      System.err.printf("bench reports: %s median %.0f ms, max %.0f ms, %d bytes%n", report.name(), row.getJsonNumber("medianMs").doubleValue(),
          row.getJsonNumber("maxMs").doubleValue(), bytes);
    }
    JsonObject phase = Json.createObjectBuilder()
        .add("phase", "reports")
        .add("repeat", repeat)
        .add("user", session.username())
        .add("reports", reports)
        .add("errorSamples", errors)
        .build();
    return PhaseFiles.finish(out, phase);
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
