package org.grantwell.bench.baseline;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.grantwell.bench.Bench.Options;
import org.grantwell.bench.report.ClosedLoop;
import org.grantwell.bench.report.OperationStats;
import org.grantwell.bench.report.PhaseFiles;
import org.grantwell.bench.report.Recorder;
import org.grantwell.workflow.model.SaferStreetsIds;

/**
 * {@code bench baseline}: the same lifecycle as {@code bench workflow} (start, draft finished,
 * sign-off APPROVED, submit, eligibility, two assessments, FUND decision, award committed) on a
 * bare Camunda engine in this JVM: StandaloneProcessEngineConfiguration on its own PostgreSQL
 * database, history FULL and the job executor on as in the application, the application's
 * saferStreetsBid.bpmn from the workflow jar, and every delegate a no-op that sets only what the
 * gateways read. The application's figure divided by this one is the workflow throughput ratio.
 */
public final class BareEngineBaseline {

  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
  private static final String RESOURCE = "processes/" + SaferStreetsIds.PROCESS_KEY + ".bpmn";

  private BareEngineBaseline() {}

  public static JsonObject run(Options options) throws InterruptedException {
    int workers = options.integer("workers", 10);
    Path out = Path.of(options.text("out", "target/bench/baseline.json"));
    ProcessEngine engine = engine(options.text("engine-jdbc-url", "jdbc:postgresql://127.0.0.1:5432/grantwell_bench_engine"),
        options.text("db-user", "postgres"), options.text("db-password", ""), workers);
    try {
      engine.getRepositoryService().createDeployment().name("bench baseline").enableDuplicateFiltering(true)
          .addClasspathResource(RESOURCE).deploy();
      Recorder recorder = new Recorder();
      String closesAt = Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
      System.err.printf("bench baseline: %d workers on a bare engine%n", workers);
      JsonObject phase = ClosedLoop.run("baseline", workers, options.integer("warmup", 10), options.integer("duration", 60), recorder,
          (worker, sequence) -> lifecycle(engine, recorder, sequence, closesAt)).build();
      JsonArrayBuilder steps = Json.createArrayBuilder();
      for (OperationStats stats : recorder.stats(phase.getJsonNumber("seconds").doubleValue())) {
        steps.add(stats.toJson());
      }
      phase = Json.createObjectBuilder(phase).add("history", "full").add("operations", steps).build();
      return PhaseFiles.finish(out, phase);
    } finally {
      engine.close();
    }
  }

  static ProcessEngine engine(String jdbcUrl, String user, String password, int workers) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("grantwell-bench-baseline");
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword(password);
    configuration.setJdbcMaxActiveConnections(workers + 10);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator()); // as the application's
    configuration.setJobExecutorActivate(true);
    configuration.setDbMetricsReporterActivate(false);
    configuration.setBeans(new HashMap<>(delegates()));
    return configuration.buildProcessEngine();
  }

  /** Every delegate the model names, each a no-op setting what the gateways after it read. */
  static Map<Object, Object> delegates() {
    Map<Object, Object> beans = new HashMap<>();
    for (String name : delegateNames()) {
      beans.put(name, (JavaDelegate) execution -> { });
    }
    beans.put(SaferStreetsIds.BEAN_CHECK_ELIGIBILITY, (JavaDelegate) execution -> {
      execution.setVariable(SaferStreetsIds.VAR_ELIGIBLE, true);
      execution.setVariable(SaferStreetsIds.VAR_ASSESSORS, List.of("bench.assessor.1", "bench.assessor.2"));
    });
    beans.put(SaferStreetsIds.BEAN_COMPUTE_SCORES, (JavaDelegate) execution -> execution.setVariable(SaferStreetsIds.VAR_MODERATION_NEEDED, false));
    beans.put(SaferStreetsIds.BEAN_SCHEDULE_NEXT_RETURN, (JavaDelegate) execution -> execution.setVariable(SaferStreetsIds.VAR_MORE_QUARTERS, false));
    return beans;
  }

  static TreeSet<String> delegateNames() {
    try (InputStream in = BareEngineBaseline.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path (the workflow jar)");
      }
      Matcher m = DELEGATE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      TreeSet<String> names = new TreeSet<>();
      while (m.find()) {
        names.add(m.group(1));
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One lifecycle, step by step as the application's services take it (claim, then complete, as the caller). */
  private static void lifecycle(ProcessEngine engine, Recorder recorder, long sequence, String closesAt) {
    TaskService tasks = engine.getTaskService();
    Map<String, Object> start = new HashMap<>();
    start.put(SaferStreetsIds.VAR_BID_ID, sequence);
    start.put(SaferStreetsIds.VAR_ROUND_CLOSES_AT, closesAt);
    start.put("roundId", 1L);
    start.put("organisationId", 1L);
    long t = System.nanoTime();
    String instance = engine.getRuntimeService().startProcessInstanceByKey(SaferStreetsIds.PROCESS_KEY, "BENCH-" + sequence, start).getId();
    recorder.record("1 start", System.nanoTime() - t, null);
    complete(engine, recorder, "2 finish draft", instance, SaferStreetsIds.TASK_DRAFT_BID, "bench.bidder", Map.of());
    complete(engine, recorder, "3 sign-off (APPROVED)", instance, SaferStreetsIds.TASK_SIGN_OFF_BID, "bench.signoff",
        Map.of(SaferStreetsIds.VAR_SIGN_OFF_DECISION, SaferStreetsIds.SIGN_OFF_APPROVED));
    complete(engine, recorder, "4 submit bid", instance, SaferStreetsIds.TASK_SUBMIT_BID, "bench.bidder", Map.of());
    for (Task assessment : tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(SaferStreetsIds.TASK_ASSESS_BID).list()) {
      long s = System.nanoTime();
      asUser(engine, assessment.getAssignee(), () -> tasks.complete(assessment.getId()));
      recorder.record("5 assessment", System.nanoTime() - s, null);
    }
    complete(engine, recorder, "6 decide funding (FUND)", instance, SaferStreetsIds.TASK_DECIDE_FUNDING, "bench.panel",
        Map.of(SaferStreetsIds.VAR_FUNDING_DECISION, SaferStreetsIds.FUNDING_FUND));
    if (tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(SaferStreetsIds.TASK_ACCEPT_OFFER).count() != 1) {
      throw new IllegalStateException("instance " + instance + " did not reach " + SaferStreetsIds.TASK_ACCEPT_OFFER);
    }
  }

  private static void complete(ProcessEngine engine, Recorder recorder, String step, String instance, String taskKey, String user,
      Map<String, Object> variables) {
    long s = System.nanoTime();
    TaskService tasks = engine.getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      recorder.record(step, System.nanoTime() - s, "no " + taskKey);
      throw new IllegalStateException("instance " + instance + " has no " + taskKey);
    }
    asUser(engine, user, () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      tasks.complete(task.getId(), new HashMap<>(variables));
    });
    recorder.record(step, System.nanoTime() - s, null);
  }

  private static void asUser(ProcessEngine engine, String user, Runnable work) {
    try {
      engine.getIdentityService().setAuthenticatedUserId(user);
      work.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
