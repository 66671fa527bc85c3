package org.grantwell.it;

import static org.grantwell.it.LifecycleSteps.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.grantwell.db.shared.FinancialYear;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server is stopped gracefully ({@code asadmin stop-domain}, as an operator's restart or a
 * new deployment does) while its job executor is firing a batch of due timers, then started
 * again: every timer fires exactly once, before the stop or after the start, and no round's
 * process is left waiting at its timer without a job to fire it (a job half-applied by the
 * shutdown: gone, with its process not moved on).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimerStopIT {

  private static final String APP = "timers-across-a-stop";
  private static final String OFFICER = "officer.ho";
  private static final int DUE = Integer.getInteger("grantwell.timerStop.timers", 600);

  @Deployment(name = APP, managed = false, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private Deployer deployer;

  @Test
  void shouldFireEveryDueTimerExactlyOnceWhenTheServerStopsWhileFiringThem() throws Exception {
    deployer.deploy(APP);
    String prefix = TestRounds.uniqueReference("STOP");
    FinancialYear y1 = FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next();
    LocalDateTime closes = LocalDateTime.now(FinancialYear.LONDON).plusMinutes(30);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Http.Reply>> created = new ArrayList<>();
    for (int i = 0; i < DUE; i++) {
      String json = TestRounds.saferStreetsJson(prefix + "-" + i, closes, y1).toString();
      created.add(pool.submit(() -> Http.post(BASE, "api/rounds", OFFICER, json)));
    }
    for (Future<Http.Reply> reply : created) {
      assertEquals(201, reply.get().status(), () -> "round created: " + body(reply));
    }
    pool.shutdown();
    String ours = "SELECT id_ FROM act_ru_execution WHERE business_key_ LIKE '" + prefix + "-%' AND parent_id_ IS NULL";
    String timers = "FROM act_ru_job WHERE type_ = 'timer' AND process_instance_id_ IN (" + ours + ")";
    assertEquals(DUE, TestDatabase.count("SELECT COUNT(*) " + timers));
    String closed = WindowTimers.closedSql(prefix);

    update("UPDATE act_ru_job SET duedate_ = now() WHERE type_ = 'timer' AND process_instance_id_ IN (" + ours + ")");
    await("a tenth of the windows closed", Duration.ofMinutes(2), () -> count(closed) >= DUE / 10);
    long closedBeforeStop = count(closed);
    Instant stopped = Instant.now();
    TestServer.restart();
    long closedByTheRestart = count(closed) - closedBeforeStop;
    await("every window closed after the restart", Duration.ofMinutes(10), () -> count(closed) == DUE);

    WindowTimers fired = WindowTimers.of(prefix, TimerStopIT::count);
    System.out.println("TimerStopIT: " + DUE + " timers due at once; " + closedBeforeStop + " fired before the graceful stop, "
        + closedByTheRestart + " more by the time the restarted server answered (the stop lets running jobs finish), the rest after ("
        + Duration.between(stopped, Instant.now()).toSeconds() + " s from the stop to the last); " + fired.records() + " window-closed records for " + fired.rounds() + " rounds, " + fired.successes()
        + " successful job runs, " + fired.failures() + " failed attempts retried");
    assertEquals(DUE, fired.records(), "each timer's side effect exactly once");
    assertEquals(DUE, fired.rounds());
    assertEquals(DUE, fired.successes(), "each timer job ran successfully once");
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM (" + ours + ") running"), "every round's process ended");
    assertTrue(closedBeforeStop < DUE, "the stop came while timers were still due (" + closedBeforeStop + " of " + DUE + " had fired)");
    // the rounds were created four at a time and the timers fired four at a time: one chain still
    jakarta.json.JsonObject check = Http.get(BASE, "api/audit/verify", "admin").json();
    assertTrue(check.getBoolean("intact"), "the audit chain is intact: " + check);
    deployer.undeploy(APP);
  }

  private static String body(Future<Http.Reply> reply) {
    try {
      return reply.get().body();
    } catch (Exception e) {
      return e.toString();
    }
  }

  private static long count(String sql) {
    try {
      return TestDatabase.count(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(String sql) throws SQLException {
    try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  /**
   * Waits for the condition; on time-out fails naming the rounds whose window has not closed, with
   * where their process stands and whether a job is left to move it on.
   */
  private void await(String what, Duration patience, BooleanSupplier condition) throws Exception {
    Instant deadline = Instant.now().plus(patience);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within " + patience + ": " + what + "; " + stuck());
      }
      Thread.sleep(500);
    }
  }

  private static String stuck() throws SQLException {
    List<String> rounds = new ArrayList<>();
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT r.reference, e.act_id_, (SELECT COUNT(*) FROM act_ru_job j WHERE j.process_instance_id_ = e.proc_inst_id_)"
                + " FROM funding_round r LEFT JOIN act_ru_execution e ON e.business_key_ = r.reference"
                + " WHERE r.reference LIKE 'STOP-%' AND r.window_closed_at IS NULL ORDER BY r.reference LIMIT 20")) {
      while (rows.next()) {
        rounds.add(rows.getString(1) + " at " + rows.getString(2) + " with " + rows.getLong(3) + " job(s)");
      }
    }
    return "rounds still open: " + rounds;
  }
}
