package org.grantwell.bench.data;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.grantwell.workflow.model.ProcessKeys;
import org.grantwell.workflow.model.ProcessVariables;
import org.grantwell.workflow.model.SaferStreetsIds;

/**
 * A bare Camunda engine on the generated database, configured as the application's (full
 * history, no schema update, no job executor, no metrics reporter) with no-op delegates. It deploys
 * the models as the application does, then replays the rounds' window processes and one template
 * lifecycle per shape of finished bid step by step at the planned instants (the engine's clock, one
 * for the whole JVM, is set before each step, so these run on one thread); {@link HistoryCloner}
 * copies the templates' history for every finished bid. The running bids are replayed on a few
 * threads at the real clock, so that their runtime rows are the ones the engine itself writes.
 */
final class EngineRunner implements AutoCloseable {

  private final ProcessEngine engine;
  private final ProcessEngineConfigurationImpl configuration;
  private final Map<Long, BidPlan> plans = new ConcurrentHashMap<>();
  private final Map<String, Integer> nextQuarter = new ConcurrentHashMap<>();

  EngineRunner(String url, String user, String password) {
    StandaloneProcessEngineConfiguration c = new StandaloneProcessEngineConfiguration();
    c.setProcessEngineName("grantwell-bench-generator");
    c.setJdbcUrl(url);
    c.setJdbcDriver("org.postgresql.Driver");
    c.setJdbcUsername(user);
    c.setJdbcPassword(password);
    // Two per thread replaying running bids: a command holding its connection may need a second
    // one for a new block of ids (DbIdGenerator), and a pool exhausted that way only frees itself
    // by invalidating a connection in use after 20 s.
    c.setJdbcMaxActiveConnections(2 * DataGenerator.RUNNING_THREADS + 1);
    c.setJdbcMaxIdleConnections(2 * DataGenerator.RUNNING_THREADS + 1);
    c.setIdBlockSize(1000);
    c.setDatabaseType("postgres");
    c.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    c.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    c.setJobExecutorActivate(false);
    c.setDbMetricsReporterActivate(false);
    c.setBeans(new DelegateBeans());
    engine = c.buildProcessEngine();
    configuration = c;
  }

  /** Deploys the models as {@code ProcessEngineBootstrap#deployProcesses} does. */
  void deploy() {
    DeploymentBuilder deployment =
        engine.getRepositoryService().createDeployment().name("grantwell").enableDuplicateFiltering(true);
    for (String key : ProcessKeys.ALL) {
      deployment.addClasspathResource("processes/" + key + ".bpmn");
    }
    deployment.deploy();
  }

  /** Each round's window process: finished for closed rounds, waiting for its timer in BENCH-OPEN. */
  Map<Long, String> replayRounds(List<RoundPlan> rounds) {
    Map<Long, String> instances = new HashMap<>();
    for (RoundPlan round : rounds) {
      at(round.configured());
      as(round.officer());
      Map<String, Object> variables = new HashMap<>();
      variables.put(ProcessVariables.ROUND_ID, round.id());
      variables.put(ProcessVariables.CLOSES_AT, round.closesAt().truncatedTo(ChronoUnit.SECONDS).toString());
      String instance = engine.getRuntimeService()
          .startProcessInstanceByKey(ProcessKeys.ROUND_WINDOW, round.reference(), variables).getId();
      instances.put(round.id(), instance);
      if (!round.open()) {
        at(round.closesAt().plusSeconds(1));
        fireTimer(instance, "TimerEvent_WindowCloses");
      }
    }
    return instances;
  }

  /**
   * Replays one template lifecycle at its marker instants (see {@link HistoryCloner}); gives its
   * process instance.
   */
  String replayTemplate(BidPlan template) {
    plans.put(template.id(), template);
    try {
      return replay(template, true);
    } finally {
      plans.remove(template.id());
      ClockUtil.reset();
      engine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * Replays the running bids on {@code threads} threads at the real clock (the engine's clock is
   * global, so the planned instants cannot be set per thread): their runtime rows are the engine's
   * own, their history times are the moment of generation. Gives the process instance of each bid.
   */
  Map<Long, String> replayRunning(List<BidPlan> bids, int threads) {
    ClockUtil.reset();
    bids.forEach(bid -> plans.put(bid.id(), bid));
    Map<Long, String> instances = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (BidPlan bid : bids) {
        done.add(pool.submit(() -> {
          try {
            instances.put(bid.id(), replay(bid, false));
          } finally {
            engine.getIdentityService().clearAuthentication();
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted replaying the running bids", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("Replaying a running bid failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
      bids.forEach(bid -> plans.remove(bid.id()));
    }
    return instances;
  }

  private String replay(BidPlan bid, boolean timed) {
    if (timed) {
      at(bid.created());
    }
    as(bid.bidder());
    Map<String, Object> variables = new HashMap<>();
    variables.put(SaferStreetsIds.VAR_BID_ID, bid.id());
    variables.put(SaferStreetsIds.VAR_ROUND_CLOSES_AT, bid.roundClosesAt().toString());
    variables.put("roundId", bid.roundId());
    variables.put("organisationId", bid.leadOrganisationId());
    String instance = engine.getRuntimeService()
        .startProcessInstanceByKey(SaferStreetsIds.PROCESS_KEY, bid.reference(), variables).getId();
    if (bid.stage() == BidPlan.Stage.DRAFT) {
      return instance;
    }
    step(timed, instance, SaferStreetsIds.TASK_DRAFT_BID, bid.bidder(), bid.sent(), Map.of());
    step(timed, instance, SaferStreetsIds.TASK_SIGN_OFF_BID, bid.signOff(), bid.signedOff(),
        Map.of(SaferStreetsIds.VAR_SIGN_OFF_DECISION, SaferStreetsIds.SIGN_OFF_APPROVED));
    step(timed, instance, SaferStreetsIds.TASK_SUBMIT_BID, bid.bidder(), bid.submitted(), Map.of());
    if (bid.stage() == BidPlan.Stage.IN_ASSESSMENT) {
      return instance;
    }
    List<Integer> order = new ArrayList<>(List.of(0, 1));
    order.sort(Comparator.comparing(bid.assessed()::get));
    for (int a : order) {
      step(timed, instance, SaferStreetsIds.TASK_ASSESS_BID, bid.assessors().get(a), bid.assessed().get(a), Map.of());
    }
    step(timed, instance, SaferStreetsIds.TASK_DECIDE_FUNDING, bid.panel(), bid.decided(),
        Map.of(SaferStreetsIds.VAR_FUNDING_DECISION, bid.fundingDecision()));
    if (bid.stage() == BidPlan.Stage.DECLINED) {
      return instance;
    }
    step(timed, instance, SaferStreetsIds.TASK_ACCEPT_OFFER, bid.bidder(), bid.accepted(), Map.of());
    for (BidPlan.QuarterPlan quarter : bid.quarters()) {
      at(quarter.end());
      fireTimer(instance, SaferStreetsIds.TIMER_QUARTER_END);
      step(timed, instance, SaferStreetsIds.TASK_SUBMIT_MONITORING_RETURN, bid.bidder(), quarter.returnSubmitted(), Map.of());
      step(timed, instance, SaferStreetsIds.TASK_VERIFY_RETURN, bid.officer(), quarter.returnVerified(),
          Map.of(SaferStreetsIds.VAR_RETURN_VERIFIED, true));
    }
    step(timed, instance, SaferStreetsIds.TASK_SUBMIT_FINAL_RETURN, bid.bidder(), bid.finalReturn(), Map.of());
    nextQuarter.remove(instance);
    return instance;
  }

  /**
   * One user's step in one transaction, as {@code TaskInboxService.complete} does it: the open task
   * (the user's own, for an assigned one), claimed if offered to a group, then completed.
   */
  private void step(boolean timed, String instance, String taskKey, String user, Instant when,
      Map<String, Object> variables) {
    if (timed) {
      at(when);
    }
    as(user);
    Command<Void> command = context -> {
      var query = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).active();
      List<Task> open = query.list();
      Task task = open.stream().filter(t -> user.equals(t.getAssignee())).findFirst()
          .orElseGet(() -> open.stream().filter(t -> t.getAssignee() == null).findFirst()
              .orElseThrow(() -> new IllegalStateException(instance + " has no open " + taskKey + " for " + user)));
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    };
    configuration.getCommandExecutorTxRequired().execute(command);
  }

  private void fireTimer(String instance, String activityId) {
    engine.getIdentityService().clearAuthentication();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activityId)
        .timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }

  private void at(Instant when) {
    ClockUtil.setCurrentTime(Date.from(when));
  }

  private void as(String user) {
    engine.getIdentityService().setAuthenticatedUserId(user);
  }

  @Override
  public void close() {
    ClockUtil.reset();
    engine.close();
  }

  /**
   * Answers every {@code ...Delegate} name of the models with a delegate that only sets what the
   * process needs to go the planned way: eligible with the planned assessors, no moderation, and
   * the planned quarter ends one after the other.
   */
  private final class DelegateBeans extends HashMap<Object, Object> {

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String name && name.endsWith("Delegate");
    }

    @Override
    public Object get(Object key) {
      if (!containsKey(key)) {
        return null;
      }
      String name = (String) key;
      if (name.equals(SaferStreetsIds.BEAN_CHECK_ELIGIBILITY)) {
        return (JavaDelegate) this::eligible;
      }
      if (name.equals(SaferStreetsIds.BEAN_COMPUTE_SCORES)) {
        return (JavaDelegate) execution -> execution.setVariable(SaferStreetsIds.VAR_MODERATION_NEEDED, false);
      }
      if (name.equals(SaferStreetsIds.BEAN_SCHEDULE_NEXT_RETURN)) {
        return (JavaDelegate) this::scheduleNextReturn;
      }
      return (JavaDelegate) execution -> { };
    }

    private void eligible(DelegateExecution execution) {
      BidPlan bid = plans.get((Long) execution.getVariable(SaferStreetsIds.VAR_BID_ID));
      execution.setVariable(SaferStreetsIds.VAR_ELIGIBLE, true);
      execution.setVariable(SaferStreetsIds.VAR_ASSESSORS, new ArrayList<>(bid.assessors()));
    }

    private void scheduleNextReturn(DelegateExecution execution) {
      BidPlan bid = plans.get((Long) execution.getVariable(SaferStreetsIds.VAR_BID_ID));
      int next = nextQuarter.merge(execution.getProcessInstanceId(), 1, Integer::sum) - 1;
      boolean more = next < bid.quarters().size();
      execution.setVariable(SaferStreetsIds.VAR_MORE_QUARTERS, more);
      if (more) {
        execution.setVariable(SaferStreetsIds.VAR_NEXT_QUARTER_END, bid.quarters().get(next).end().toString());
      }
    }
  }
}
