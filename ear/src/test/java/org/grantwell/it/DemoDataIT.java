package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo data gives every demo bidder's organisation a complete bid (no rule broken) and one
 * that still breaks a rule, in the open rounds, and bids at every stage of their processes, so
 * that every demo user who acts on bids has a task at the first login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoDataIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void shouldGiveEachDemoBidderACompleteDraftAndOneThatBreaksARule() {
    for (String bidder : List.of("bidder.avon", "bidder.wyorks", "bidder.bristol", "provider.haven")) {
      assertCompleteAndBroken(bidder);
    }
  }

  @Test
  void shouldGiveEveryDemoUserWhoActsOnBidsATaskAndShowEveryStage() throws Exception {
    for (String user : List.of("bidder.avon", "signoff.avon", "finance.avon", "bidder.wyorks", "signoff.wyorks",
        "bidder.bristol", "provider.haven", "assessor1.avon", "assessor2.avon", "commissioner.avon", "assessor.kent",
        "assessor.cumbria", "assessor.durham", "panel.ho", "officer.ho", "officer.moj")) {
      Http.Reply tasks = Http.get(base, "api/tasks", user);
      assertThat(tasks.status()).isEqualTo(200);
      assertThat(tasks.json().getJsonNumber("total").longValue()).as("tasks of %s", user).isPositive();
    }
    // the demo rounds' bids only: the other tests add bids of their own to copies of these rounds
    List<String> statuses = new java.util.ArrayList<>();
    for (String round : demoRounds()) {
      Http.allItems(base, "api/bids?round=" + round, "finance.national").stream()
          .map(bid -> bid.asJsonObject().getString("status"))
          .forEach(statuses::add);
    }
    assertThat(statuses).contains("DRAFT", "AWAITING_SIGN_OFF", "IN_ASSESSMENT", "AWAITING_DECISION",
        "OFFERED", "IN_DELIVERY", "CLOSED");
  }

  private void assertCompleteAndBroken(String bidder) {
    String organisation = organisationOf(bidder);
    List<JsonObject> own =
        Http.allItems(base, "api/bids", bidder).stream()
            .filter(bid -> bid.getString("leadOrganisationName").equals(organisation))
            .filter(bid -> bid.getString("roundReference").endsWith("-DEMO"))
            .toList();

    List<Integer> violationCounts =
        own.stream()
            .map(bid -> Http.get(base, "api/bids/" + bid.getJsonNumber("id").longValue() + "/checks", bidder))
            .map(reply -> ((jakarta.json.JsonArray) Http.parse(reply.body())).size())
            .toList();

    assertThat(violationCounts).as("violations of %s's demo bids", bidder).contains(0).anyMatch(count -> count > 0);
  }

  private static String organisationOf(String bidder) {
    return switch (bidder) {
      case "bidder.avon" -> "Office of the Police and Crime Commissioner for Avon and Somerset";
      case "bidder.wyorks" -> "West Yorkshire Combined Authority (Mayor's policing and crime functions)";
      case "bidder.bristol" -> "Bristol City Council";
      case "provider.haven" -> "Haven Women's Aid (demo)";
      default -> throw new IllegalArgumentException(bidder);
    };
  }

  private static List<String> demoRounds() throws java.sql.SQLException {
    List<String> rounds = new java.util.ArrayList<>();
    try (java.sql.Connection db = TestDatabase.connect();
        java.sql.ResultSet rows = db.createStatement().executeQuery("SELECT reference FROM funding_round WHERE reference LIKE '%-DEMO'")) {
      while (rows.next()) {
        rounds.add(rows.getString(1));
      }
    }
    assertThat(rounds).as("the demo rounds").hasSize(4);
    return rounds;
  }
}
