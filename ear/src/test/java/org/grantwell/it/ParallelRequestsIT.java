package org.grantwell.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.ledger.RoundBalances;
import org.grantwell.workflow.round.RoundService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identical or competing requests that arrive at the same moment. The ledger's invariant under
 * concurrency: three £200,000 bids reach the panel in a round whose
 * pot is £500,000, and the panel's three "fund" decisions arrive at the same moment as three HTTP
 * requests. Two are committed, the third is refused with a clear message, and the round's committed
 * money never exceeds its pot: the round's balance row is locked before any commitment, so the
 * decisions are committed one after the other and the last sees the first two. And a double
 * click: the same "send for sign-off" twice at once makes one bid version, one audit record and one
 * step of the process; the second request is told (409) and changes nothing; the same funding
 * decision twice at once commits the award once (one ledger entry), whether or not the panel
 * member held the task before.
 */
@ExtendWith(ArquillianExtension.class)
class ParallelRequestsIT {

  private static final String BIDDER = "bidder.avon";
  private static final String SIGN_OFF = "signoff.avon";
  private static final String PANEL = "panel.ho";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(ParallelRequestsIT.class, LifecycleSteps.class, Http.class, TestDatabase.class, TestRounds.class);
  }

  @Inject private LedgerService ledger;
  @Inject private RoundService rounds;

  private final URL base = LifecycleSteps.BASE;
  private final FinancialYear y1 = FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next();

  @Test
  void shouldNeverCommitMoreThanThePotWhenDecisionsArriveTogether() throws Exception {
    String round = TestRounds.uniqueReference("SSF-PAR");
    TestDatabase.copyRound("SSF-R6-DEMO", round);
    try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
      // the version raised as the application's own changes raise it: servers check their cached round against it
      statement.executeUpdate("UPDATE funding_round SET version = version + 1, spend_start = DATE '" + y1.firstDay() + "', spend_by = DATE '"
          + y1.quarter(2).lastDay() + "', max_bids_per_area = 3 WHERE reference = '" + round + "'");
    }
    long roundId = rounds.findByReference(round).orElseThrow().id();
    ledger.setPot(roundId, Money.ofPounds(500_000), "admin", "round:" + round + ":pot-set");

    List<String> decisions = new ArrayList<>();
    for (int rank = 1; rank <= 3; rank++) {
      String reference = toThePanel(round, rank);
      decisions.add(LifecycleSteps.task(PANEL, reference, "Task_DecideFunding"));
    }

    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    List<Http.Reply> replies = together(decisions.size(), () -> Http.post(base, "api/tasks/" + decisions.get(next.getAndIncrement()) + "/complete",
        PANEL, "{\"decision\":\"FUND\",\"reasons\":\"Meets every criterion\"}"));

    List<Integer> statuses = new ArrayList<>(replies.stream().map(Http.Reply::status).toList());
    Collections.sort(statuses);
    assertEquals(List.of(204, 204, 422), statuses, "two committed, one refused: " + replies);
    Http.Reply refused = replies.stream().filter(r -> r.status() == 422).findFirst().orElseThrow();
    assertTrue(refused.body().contains("POT_EXCEEDED") && refused.body().contains("would over-commit it"), "the refusal says why: " + refused.body());

    RoundBalances balances = ledger.balances(roundId);
    assertEquals(Money.ofPounds(400_000), balances.committed(), "two awards of £200,000");
    assertEquals(Money.ofPounds(100_000), balances.remaining());
    assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM ledger_entry e JOIN funding_round r ON r.id = e.funding_round_id"
        + " WHERE r.reference = '" + round + "' AND e.entry_type = 'AWARD_COMMITTED'"), "one ledger entry per committed award");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM bid b JOIN funding_round r ON r.id = b.funding_round_id"
        + " WHERE r.reference = '" + round + "' AND b.status = 'AWAITING_DECISION'"), "the refused bid still awaits a decision");
    assertTrue(ledger.reconcile(roundId).differences().isEmpty(), "the balances agree with the entries");
  }

  @Test
  void shouldSendABidForSignOffOnceWhenTheSameRequestArrivesTwiceAtOnce() throws Exception {
    String round = TestRounds.uniqueReference("SSF-TWICE");
    TestDatabase.copyRound("SSF-R6-DEMO", round);
    Http.Reply created = Http.post(base, "api/bids", BIDDER, LifecycleSteps.saferStreetsBid(round, y1).toString());
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    String reference = created.json().getString("reference");

    List<Http.Reply> replies = together(2, () -> Http.post(base, "api/bids/" + id + "/submit-for-sign-off", BIDDER, ""));

    List<Integer> statuses = new ArrayList<>(replies.stream().map(Http.Reply::status).toList());
    Collections.sort(statuses);
    assertEquals(200, statuses.get(0), "one was sent: " + replies);
    assertTrue(statuses.get(1) == 409 || statuses.get(1) == 403, "the other was told and changed nothing: " + replies);
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM bid_version WHERE bid_id = " + id), "one version of the bid");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'BID' AND entity_id = '" + reference
        + "' AND action = 'SENT_FOR_SIGN_OFF'"), "one audit record");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
        + " WHERE e.business_key_ = '" + reference + "' AND t.task_def_key_ = 'Task_SignOffBid'"), "one sign-off task");
    assertEquals("AWAITING_SIGN_OFF", LifecycleSteps.status(id, BIDDER));
  }

  @Test
  void shouldCommitAnAwardOnceWhenTheSameDecisionArrivesTwiceAtOnce() throws Exception {
    decideTwiceAtOnce("SSF-SAME", false);
  }

  @Test
  void shouldCommitAnAwardOnceWhenTheHolderSendsTheDecisionTwiceAtOnce() throws Exception {
    // held already: no claim in either request, so only the task's row lock keeps them apart
    decideTwiceAtOnce("SSF-HELD", true);
  }

  /** The panel's FUND decision on one bid sent twice at the same moment: one award, the other told. */
  private void decideTwiceAtOnce(String roundPrefix, boolean claimedFirst) throws Exception {
    String round = TestRounds.uniqueReference(roundPrefix);
    TestDatabase.copyRound("SSF-R6-DEMO", round);
    long roundId = rounds.findByReference(round).orElseThrow().id();
    ledger.setPot(roundId, Money.ofPounds(1_000_000), "admin", "round:" + round + ":pot-set");
    String reference = toThePanel(round, 1);
    String decide = LifecycleSteps.task(PANEL, reference, "Task_DecideFunding");
    if (claimedFirst) {
      assertEquals(200, Http.post(base, "api/tasks/" + decide + "/claim", PANEL, "").status());
    }

    List<Http.Reply> replies = together(2, () -> Http.post(base, "api/tasks/" + decide + "/complete", PANEL,
        "{\"decision\":\"FUND\",\"reasons\":\"Meets every criterion\"}"));

    List<Integer> statuses = new ArrayList<>(replies.stream().map(Http.Reply::status).toList());
    Collections.sort(statuses);
    assertEquals(List.of(204, 409), statuses, "one decision, the retry told: " + replies);
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM ledger_entry e JOIN bid b ON b.id = e.bid_id"
        + " WHERE b.reference = '" + reference + "' AND e.entry_type = 'AWARD_COMMITTED'"), "one ledger entry");
    assertEquals(Money.ofPounds(200_000), ledger.balances(roundId).committed());
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'BID' AND entity_id = '" + reference
        + "' AND action = 'FUNDING_DECIDED'"), "one audit record of the decision");
  }

  /** The same request from several threads released at the same moment. */
  private static List<Http.Reply> together(int copies, Callable<Http.Reply> request) throws Exception {
    CyclicBarrier start = new CyclicBarrier(copies);
    List<Callable<Http.Reply>> requests = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      requests.add(() -> {
        start.await();
        return request.call();
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(copies);
    try {
      List<Http.Reply> replies = new ArrayList<>();
      for (Future<Http.Reply> reply : pool.invokeAll(requests)) {
        replies.add(reply.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Drafts, signs off at the given rank, submits and has two assessors score one £200,000 bid. */
  private String toThePanel(String round, int rank) {
    Http.Reply created = Http.post(base, "api/bids", BIDDER, LifecycleSteps.saferStreetsBid(round, y1).toString());
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    String reference = created.json().getString("reference");
    assertEquals(200, Http.post(base, "api/bids/" + id + "/submit-for-sign-off", BIDDER, "").status());
    LifecycleSteps.completeStep(SIGN_OFF, reference, "Task_SignOffBid", "{\"decision\":\"APPROVED\",\"rank\":" + rank + "}");
    LifecycleSteps.completeStep(BIDDER, reference, "Task_SubmitBid", "{}");
    for (String assessor : LifecycleSteps.assessorsWithTask(reference)) {
      LifecycleSteps.completeStep(assessor, reference, "Task_AssessBid", LifecycleSteps.scores(4).toString());
    }
    assertEquals("AWAITING_DECISION", LifecycleSteps.status(id, BIDDER));
    return reference;
  }
}
