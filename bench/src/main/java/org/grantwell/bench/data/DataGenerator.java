package org.grantwell.bench.data;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** Threads replaying the running bids. */
  static final int RUNNING_THREADS = 4;

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
        t = phase(phases, "4a engine: deploy and round windows", t);
        List<BidPlan> finished = work.bids.stream().filter(b -> !b.running()).toList();
        List<BidPlan> running = work.bids.stream().filter(BidPlan::running).toList();
        List<HistoryCloner.Template> templates = HistoryCloner.templatesFor(finished);
        HistoryCloner cloner = new HistoryCloner(dataSource);
        for (HistoryCloner.Template template : templates) {
          template.processInstanceId = engine.replayTemplate(template.plan);
          cloner.read(template);
        }
        cloner.deleteTemplates(templates);
        t = phase(phases, "4b engine: " + templates.size() + " template lifecycles", t);
        Map<String, Long> copied = cloner.copy(templates);
        LOG.info(() -> "History copied: " + copied);
        Map<Long, String> bids = new HashMap<>();
        templates.forEach(template -> template.bids.forEach(bid -> bids.put(bid.id(), cloner.processInstanceOf(bid, template))));
        t = phase(phases, "4c copy history of " + finished.size() + " finished bids", t);
        verify(engine, cloner, templates, Integer.getInteger("grantwell.bench.verifyCopies", 0));
        bids.putAll(engine.replayRunning(running, RUNNING_THREADS));
        t = phase(phases, "4d engine: " + running.size() + " running bids", t);
        writer.attachProcesses(bids, rounds);
      } catch (java.io.IOException e) {
        throw new SQLException("Copying the history failed: " + e.getMessage(), e);
      }
      analyze(dataSource);
      t = phase(phases, "5 analyze", t);
      Map<String, Long> counts = writer.countRows();
      phase(phases, "6 count", t);
      return new GenerationReport(counts, phases, (System.nanoTime() - start) / 1e9);
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "Generation failed", e);
      throw new IllegalStateException("Generation failed: " + e.getMessage(), e);
    }
  }

  /**
   * With {@code -Dgrantwell.bench.verifyCopies=n}: replays the first bid of n templates through the
   * engine as well, compares its history with the copy (ids aside), then deletes the replay (its
   * few task-worker meter-log rows stay: they name no instance). Off by default.
   */
  private static void verify(EngineRunner engine, HistoryCloner cloner, List<HistoryCloner.Template> templates, int n)
      throws SQLException {
    List<HistoryCloner.Template> replays = new java.util.ArrayList<>();
    for (HistoryCloner.Template template : templates.subList(0, Math.min(n, templates.size()))) {
      BidPlan bid = template.bids.get(0);
      HistoryCloner.Template replay = new HistoryCloner.Template(template.shape, bid);
      replay.processInstanceId = engine.replayTemplate(bid);
      long differences = cloner.differences(cloner.processInstanceOf(bid, template), replay.processInstanceId);
      LOG.info(() -> "Copy check " + template.shape + " on " + bid.reference() + ": " + differences + " rows differ");
      if (differences > 0) {
        throw new IllegalStateException("The copied history of " + bid.reference() + " is not the engine's");
      }
      replays.add(replay);
    }
    if (!replays.isEmpty()) {
      cloner.deleteTemplates(replays);
    }
  }

  /**
   * Planner statistics for what was just bulk-loaded, as PostgreSQL's documentation asks after a
   * large load. Autovacuum would gather them in time, but a benchmark starts at once, and on a
   * server with autovacuum off (this machine's) never: without them the engine's variable lookup
   * by execution chose the (TASK_ID_, NAME_, TYPE_) index and read every bidId variable, 5-10 ms a
   * statement, and PostgreSQL used more CPU than the application server.
   */
  private static void analyze(PGSimpleDataSource dataSource) throws SQLException {
    try (java.sql.Connection db = dataSource.getConnection(); java.sql.Statement sql = db.createStatement()) {
      sql.execute("ANALYZE");
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
