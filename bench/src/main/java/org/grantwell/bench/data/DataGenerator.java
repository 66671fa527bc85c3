package org.grantwell.bench.data;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grantwell.db.migration.SchemaMigrator;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fills an empty PostgreSQL database with a national workload for the benchmark (issue 8): the
 * schema migrated and the models deployed exactly as the application does, then bench users, twenty
 * rounds, historic bids with finished lifecycles (domain rows, ledger, audit chain and the engine's
 * history) and running bids in the open round BENCH-OPEN, all deterministic from the seed.
 *
 * <p>{@code java -cp ... org.grantwell.bench.data.DataGenerator --url jdbc:postgresql://127.0.0.1:5432/<db>
 * --user postgres --password x --bids 10000 --seed 42}
 */
public final class DataGenerator {

  private static final Logger LOG = Logger.getLogger(DataGenerator.class.getName());

  private DataGenerator() {}

  public static void main(String[] args) throws Exception {
    GenerationReport report = generate(GeneratorSettings.parse(args));
    System.out.println(report.describe());
  }

  public static GenerationReport generate(GeneratorSettings settings) {
    long start = System.nanoTime();
    Map<String, Double> phases = new LinkedHashMap<>();
    String url = withBatchRewrite(settings.url());
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url);
    dataSource.setUser(settings.user());
    dataSource.setPassword(settings.password());
    try {
      long t = System.nanoTime();
      new SchemaMigrator(dataSource).migrate();
      t = phase(phases, "1 migrate", t);
      Workload work = WorkloadPlanner.plan(settings);
      t = phase(phases, "2 plan", t);
      DomainWriter writer = new DomainWriter(dataSource);
      writer.write(work);
      t = phase(phases, "3 insert domain rows", t);
      try (EngineRunner engine = new EngineRunner(withoutCommitWait(url), settings.user(), settings.password())) {
        engine.deploy();
        Map<Long, String> rounds = engine.replayRounds(work.rounds);
        Map<Long, String> bids = engine.replayBids(work.bids,
            done -> LOG.info(() -> "Engine: " + done + " of " + work.bids.size() + " bid lifecycles replayed"));
        t = phase(phases, "4 engine lifecycles", t);
        writer.attachProcesses(bids, rounds);
      }
      Map<String, Long> counts = writer.countRows();
      phase(phases, "5 attach and count", t);
      return new GenerationReport(counts, phases, (System.nanoTime() - start) / 1e9);
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "Generation failed", e);
      throw new IllegalStateException("Generation failed: " + e.getMessage(), e);
    }
  }

  private static long phase(Map<String, Double> phases, String name, long since) {
    long now = System.nanoTime();
    phases.put(name, (now - since) / 1e9);
    LOG.info(() -> String.format("Phase %s took %.1f s", name, (now - since) / 1e9));
    return now;
  }

  /**
   * The engine's many small transactions do not wait for their commit record to reach the disk
   * (this session only; a crash loses at most the last moments, and a failed run is repeated on a
   * fresh database anyway).
   */
  static String withoutCommitWait(String url) {
    return url + (url.contains("?") ? "&" : "?") + "options=-c%20synchronous_commit%3Doff";
  }

  /** Batched inserts are rewritten into multi-row inserts by the driver. */
  static String withBatchRewrite(String url) {
    if (url.contains("reWriteBatchedInserts")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
  }
}
