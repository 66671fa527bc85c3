package org.grantwell.it;

import static org.grantwell.it.LifecycleSteps.BASE;
import static org.grantwell.it.LifecycleSteps.completeStep;
import static org.grantwell.it.LifecycleSteps.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
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
 * Payara is stopped and started (the whole server, {@code ./grantwell test-domain restart}) while
 * a bid is half-way through its assessment: afterwards the bid, the assessment already submitted
 * and the other assessor's open task are all there, and the assessment goes on to the panel.
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

    restartServer();

    assertEquals("IN_ASSESSMENT", status(id, "bidder.avon"), "the bid is where it was");
    assertEquals(1L, TestDatabase.count("SELECT COUNT(*) FROM assessment WHERE status = 'SUBMITTED' AND bid_id = " + id),
        "the submitted assessment was kept");
    assertEquals(List.of(assessors.get(1)), LifecycleSteps.assessorsWithTask(reference), "the open assessment is still there");
    completeStep(assessors.get(1), reference, "Task_AssessBid", LifecycleSteps.scores(3).toString());
    assertEquals("AWAITING_DECISION", status(id, "bidder.avon"), "the assessment went on after the restart");
    deployer.undeploy(APP);
  }

  private static void restartServer() throws Exception {
    File script = new File(System.getProperty("grantwell.script", "../grantwell"));
    Process restart = new ProcessBuilder("bash", script.getAbsolutePath(), "test-domain", "restart")
        .directory(script.getAbsoluteFile().getParentFile()).inheritIO().start();
    if (!restart.waitFor(5, TimeUnit.MINUTES) || restart.exitValue() != 0) {
      throw new AssertionError("./grantwell test-domain restart failed");
    }
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      try {
        if (Http.get(BASE, "api/health").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // the server is still starting
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the application did not answer /api/health within 3 minutes of the restart");
  }
}
