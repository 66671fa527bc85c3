package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.grantwell.db.shared.FinancialYear;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Segregation of duties on PostgreSQL, with people who hold two roles at once (made for the test
 * and removed after it), so that only the rule itself stands between them and the second duty:
 * whoever sends a bid to sign-off cannot sign it off; an assessor whose home force area is the
 * bid's is never allocated it, even when the least busy; a panel member who assessed a bid does not
 * decide it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SegregationOfDutiesIT {

  private final URL base = LifecycleSteps.BASE;
  private final FinancialYear y1 = FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next();
  private final String suffix = UUID.randomUUID().toString().substring(0, 6);
  private final String bidderSignOff = "both.avon." + suffix;
  private final String assessorInAvon = "assessor.avonhome." + suffix;
  private final String assessorPanel = "assessor.panel." + suffix;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void shouldKeepEachPersonToOneDutyOnABid() throws Exception {
    createUser(bidderSignOff, "bidder.avon", null, "pcc-bidder", "pcc-signoff");
    createUser(assessorInAvon, "assessor.kent", "avon-and-somerset", "assessor");
    createUser(assessorPanel, "assessor.kent", "kent", "assessor", "panel");
    String round = TestRounds.uniqueReference("SSF-DUTIES");
    TestDatabase.copyRound("SSF-R6-DEMO", round);
    Http.Reply pot = Http.put(base, "api/rounds/" + round + "/pot", "admin", "{\"amount\": 1000000.00}");
    assertThat(pot.status()).as(pot.body()).isEqualTo(200);

    // the sender cannot sign off, though a sign-off lead of the office
    Http.Reply created = Http.post(base, "api/bids", bidderSignOff, LifecycleSteps.saferStreetsBid(round, y1).toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    String reference = created.json().getString("reference");
    assertThat(Http.post(base, "api/bids/" + id + "/submit-for-sign-off", bidderSignOff, "").status()).isEqualTo(200);
    String signOff = LifecycleSteps.task(bidderSignOff, reference, "Task_SignOffBid");
    Http.Reply own = Http.post(base, "api/tasks/" + signOff + "/complete", bidderSignOff, "{\"decision\":\"APPROVED\",\"rank\":1}");
    assertThat(own.status()).as(own.body()).isEqualTo(403);
    assertThat(own.body()).contains("someone else in the office signs it off");
    LifecycleSteps.complete("signoff.avon", signOff, "{\"decision\":\"APPROVED\",\"rank\":1}");
    LifecycleSteps.completeStep(bidderSignOff, reference, "Task_SubmitBid", "{}");

    // the two new assessors have no work at all, so the least-busy rule would pick them first:
    // the one from Avon and Somerset is passed over, the other is allocated
    List<String> candidates = new java.util.ArrayList<>(LifecycleSteps.HOME_OFFICE_ASSESSORS);
    candidates.addAll(List.of(assessorInAvon, assessorPanel));
    List<String> allocated = LifecycleSteps.assessorsWithTask(reference, candidates);
    assertThat(allocated).hasSize(2).doesNotContain(assessorInAvon).contains(assessorPanel);

    for (String assessor : allocated) {
      LifecycleSteps.completeStep(assessor, reference, "Task_AssessBid", LifecycleSteps.scores(4).toString());
    }
    assertThat(LifecycleSteps.status(id, bidderSignOff)).isEqualTo("AWAITING_DECISION");

    // the panel member who assessed it does not decide it; another member does
    String decide = LifecycleSteps.task(assessorPanel, reference, "Task_DecideFunding");
    Http.Reply ownDecision = Http.post(base, "api/tasks/" + decide + "/complete", assessorPanel,
        "{\"decision\":\"FUND\",\"reasons\":\"I liked it\"}");
    assertThat(ownDecision.status()).as(ownDecision.body()).isEqualTo(403);
    assertThat(ownDecision.body()).contains("another member of the panel decides it");
    assertThat(LifecycleSteps.status(id, bidderSignOff)).as("nothing moved").isEqualTo("AWAITING_DECISION");
    LifecycleSteps.complete("panel.ho", decide, "{\"decision\":\"FUND\",\"reasons\":\"Strong evidence of need\"}");
    assertThat(LifecycleSteps.status(id, bidderSignOff)).isEqualTo("OFFERED");
  }

  @AfterEach
  void removeUsers() throws Exception {
    // their tasks are done or reassigned; their audit records stay, naming them as actors
    try (Connection db = TestDatabase.connect()) {
      for (String user : List.of(bidderSignOff, assessorInAvon, assessorPanel)) {
        try (PreparedStatement roles = db.prepareStatement(
                "DELETE FROM app_user_role WHERE app_user_id IN (SELECT id FROM app_user WHERE username = ?)");
            PreparedStatement disable = db.prepareStatement("UPDATE app_user SET enabled = FALSE WHERE username = ?")) {
          roles.setString(1, user);
          roles.executeUpdate();
          disable.setString(1, user);
          disable.executeUpdate();
        }
      }
    }
  }

  /** A user in the model's organisation with the model's password, the given home area and roles. */
  private static void createUser(String username, String model, String homeArea, String... roles) throws Exception {
    try (Connection db = TestDatabase.connect()) {
      try (PreparedStatement insert = db.prepareStatement(
          "INSERT INTO app_user (id, username, password_hash, display_name, organisation_id, home_force_area_id, enabled, version)"
              + " SELECT nextval('app_user_seq'), ?, password_hash, ?, organisation_id,"
              + " COALESCE((SELECT id FROM force_area WHERE code = ?), home_force_area_id), TRUE, 0"
              + " FROM app_user WHERE username = ?")) {
        insert.setString(1, username);
        insert.setString(2, "Two duties " + username);
        insert.setString(3, homeArea);
        insert.setString(4, model);
        assertThat(insert.executeUpdate()).isEqualTo(1);
      }
      for (String role : roles) {
        try (PreparedStatement grant = db.prepareStatement(
            "INSERT INTO app_user_role (app_user_id, role) SELECT id, ? FROM app_user WHERE username = ?")) {
          grant.setString(1, role);
          grant.setString(2, username);
          grant.executeUpdate();
        }
      }
    }
  }
}
