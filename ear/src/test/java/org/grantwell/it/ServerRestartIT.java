package org.grantwell.it;

import static org.grantwell.it.LifecycleSteps.BASE;
import static org.grantwell.it.LifecycleSteps.completeStep;
import static org.grantwell.it.LifecycleSteps.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Payara is killed ({@code kill -9}, {@code ./grantwell test-domain crash}) while a bid is half-way
 * through its assessment and while a bidder is creating bids through the API as fast as the server
 * answers: after the restart every bid whose creation was acknowledged (201) is there whole, no bid
 * is there half-written, the bid in assessment, the assessment already submitted and the other
 * assessor's open task are all there, and the assessment goes on to the panel.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerRestartIT {

  private static final String APP = "restart-mid-assessment";

  @Deployment(name = APP, managed = false, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private Deployer deployer;

  @Test
  void shouldKeepAnAssessmentInProgressAcrossARestartOfTheServer() throws Exception {
    deployer.deploy(APP);
    String round = TestRounds.uniqueReference("SSF-RESTART");
    TestDatabase.copyRound("SSF-R6-DEMO", round);
    FinancialYear y1 = FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next();
    Http.Reply created = Http.post(BASE, "api/bids", "bidder.avon", LifecycleSteps.saferStreetsBid(round, y1).toString());
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    String reference = created.json().getString("reference");
    assertEquals(200, Http.post(BASE, "api/bids/" + id + "/submit-for-sign-off", "bidder.avon", "").status());
    completeStep("signoff.avon", reference, "Task_SignOffBid", "{\"decision\":\"APPROVED\"}");
    completeStep("bidder.avon", reference, "Task_SubmitBid", "{}");
    List<String> assessors = LifecycleSteps.assessorsWithTask(reference);
    completeStep(assessors.get(0), reference, "Task_AssessBid", LifecycleSteps.scores(3).toString());

    String marker = "Crash test " + reference;
    WriterUntilCrash writer = new WriterUntilCrash(round, y1, marker);
    Thread writes = new Thread(writer, "api-writes");
    writes.start();
    Thread.sleep(3_000);
    TestServer.crash();
    writes.join(TimeUnit.MINUTES.toMillis(2));
    assertTrue(writer.acknowledged.size() > 0, "some writes were acknowledged before the crash");
    System.out.println("ServerRestartIT: " + writer.acknowledged.size() + " bids acknowledged before kill -9, "
        + writer.failed + " requests failed while the server was down");

    for (long acknowledged : writer.acknowledged) {
      assertEquals(200, Http.get(BASE, "api/bids/" + acknowledged, "bidder.avon").status(), "acknowledged bid " + acknowledged + " kept");
    }
    assertEquals(0L, TestDatabase.count("SELECT COUNT(*) FROM bid b WHERE b.title = '" + marker.replace("'", "''") + "'"
        + " AND (SELECT COUNT(*) FROM budget_line l WHERE l.bid_id = b.id) <> 2"), "no bid is half-written");
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM bid WHERE title = '" + marker.replace("'", "''") + "'")
        >= writer.acknowledged.size(), "every acknowledged bid is in the database");

    assertEquals("IN_ASSESSMENT", status(id, "bidder.avon"), "the bid is where it was");
    assertEquals(1L, TestDatabase.count("SELECT COUNT(*) FROM assessment WHERE status = 'SUBMITTED' AND bid_id = " + id),
        "the submitted assessment was kept");
    assertEquals(List.of(assessors.get(1)), LifecycleSteps.assessorsWithTask(reference), "the open assessment is still there");
    completeStep(assessors.get(1), reference, "Task_AssessBid", LifecycleSteps.scores(3).toString());
    assertEquals("AWAITING_DECISION", status(id, "bidder.avon"), "the assessment went on after the restart");
    deployer.undeploy(APP);
  }

  /** Creates bids one after another until the server stops answering, keeping the acknowledged ids. */
  private static final class WriterUntilCrash implements Runnable {
    private final String round;
    private final FinancialYear year;
    private final String title;
    final java.util.List<Long> acknowledged = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile int failed;

    WriterUntilCrash(String round, FinancialYear year, String title) {
      this.round = round;
      this.year = year;
      this.title = title;
    }

    @Override
    public void run() {
      String body = jakarta.json.Json.createObjectBuilder(LifecycleSteps.saferStreetsBid(round, year)).add("title", title).build().toString();
      Instant until = Instant.now().plus(Duration.ofMinutes(1));
      while (Instant.now().isBefore(until) && failed < 3) {
        try {
          Http.Reply reply = Http.post(BASE, "api/bids", "bidder.avon", body);
          if (reply.status() == 201) {
            acknowledged.add(reply.json().getJsonNumber("id").longValue());
          } else {
            failed++;
          }
        } catch (RuntimeException serverGone) {
          failed++;
        }
      }
    }
  }
}
