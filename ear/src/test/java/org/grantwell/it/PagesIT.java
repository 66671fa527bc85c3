package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.shared.FinancialYear;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in a real browser (headless Chromium) on PostgreSQL: each person's home page, the task
 * inbox, a bid drawn as its process, another office's bid not found, and a bid carried through the
 * pages from sign-off to a filed quarterly return by five people. Screenshots go to {@code
 * target/screenshots/}; axe-core finds nothing serious or critical on the pages it is run on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void shouldShowEachPersonWhatToDoNext() throws Exception {
    try (Browser browser = Browser.signedIn(base, "bidder.avon")) {
      browser.waitForText("Your tasks");
      assertThat(browser.pageText()).contains("Alex Morgan", "Accept offer", "Rounds closing soon");
      browser.screenshot("home");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on the home page").isEmpty();
    }
  }

  @Test
  void shouldListTheTasksOfTheInbox() throws Exception {
    try (Browser browser = Browser.signedIn(base, "signoff.avon")) {
      browser.open("app/tasks.xhtml");
      browser.waitForText("Sign off bid");
      assertThat(browser.pageText()).contains("Sign off bid", "Harbourside safety partnership");
      browser.screenshot("inbox");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on the inbox").isEmpty();
    }
  }

  @Test
  void shouldDrawTheBidsProcessWithWhereItStands() throws Exception {
    long id = demoBid("bidder.avon", "OFFERED");
    try (Browser browser = Browser.signedIn(base, "bidder.avon")) {
      browser.open("app/bid.xhtml?id=" + id);
      browser.waitFor(By.cssSelector("#bpmn-canvas[data-rendered='true']"));
      assertThat(browser.driver().findElements(By.cssSelector("#bpmn-canvas .gw-current"))).as("the current step").isNotEmpty();
      assertThat(browser.pageText()).contains("Status: OFFERED", "History");
      browser.screenshot("bid");
    }
  }

  @Test
  void shouldShowTheLedgerOfEveryRoundReconciled() throws Exception {
    try (Browser browser = Browser.signedIn(base, "finance.national")) {
      browser.open("app/ledger.xhtml");
      browser.waitForText("SSF-DELIVERY-DEMO");
      assertThat(browser.pageText()).contains("Allocation ledger", "Clawed back").doesNotContain("differences");
      browser.screenshot("ledger");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on the ledger").isEmpty();
      assertThat(browser.driver().findElements(By.id("awards-xlsx"))).as("the awards as a workbook").hasSize(1);
    }
    Http.Reply reconciliation = Http.get(base, "api/ledger/reconciliation", "finance.national");
    assertThat(reconciliation.status()).isEqualTo(200);
    assertThat(((jakarta.json.JsonArray) Http.parse(reconciliation.body())).getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(round -> assertThat(round.getBoolean("potAddsUp") && round.getJsonArray("differences").isEmpty())
            .as(round.toString()).isTrue());
    assertThat(Http.get(base, "api/ledger/reconciliation", "bidder.avon").status()).as("not for bidders").isEqualTo(403);
  }

  @Test
  void shouldShowTheRoundsInPlainWordsTheRankingTheProfileAndTheVariationsOfAnAward() throws Exception {
    long inDelivery = demoBid("bidder.wyorks", "IN_DELIVERY");
    try (Browser browser = Browser.signedIn(base, "bidder.wyorks")) {
      browser.open("app/rounds.xhtml");
      browser.waitForText("days left");
      assertThat(browser.pageText()).contains("at most 3 bids per force area");
      browser.screenshot("rounds");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on the rounds").isEmpty();
      browser.open("app/profile.xhtml");
      browser.waitFor(By.id("profile:save"));
      browser.screenshot("profile");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on the profile").isEmpty();
      browser.open("app/variation.xhtml?bid=" + inDelivery);
      browser.waitFor(By.id("variation:request"));
      browser.screenshot("variation");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on the variation form").isEmpty();
    }
    try (Browser browser = Browser.signedIn(base, "signoff.avon")) {
      browser.open("app/rounds.xhtml");
      browser.waitForText("Your area's bids and their ranking");
      browser.open("app/ranking.xhtml?round=SSF-R6-DEMO");
      browser.waitFor(By.id("cap"));
      assertThat(browser.pageText())
          .contains("at most 3 bids", "Safer night-time economy in Bristol city centre", "Harbourside safety partnership",
              "(partner-led)", "Sign off or return");
      browser.screenshot("ranking");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on the ranking").isEmpty();
    }
    try (Browser browser = Browser.signedIn(base, "provider.haven")) {
      browser.open("app/ranking.xhtml?round=SSF-R6-DEMO");
      assertThat(browser.pageText()).as("only a PCC office ranks bids").contains("403");
    }
  }

  @Test
  void shouldShowTheFinanceDashboardsWithTheirRecordsAndDownloads() throws Exception {
    try (Browser browser = Browser.signedIn(base, "finance.national")) {
      browser.open("app/action1.xhtml");
      browser.waitFor(By.id("outcomes-heading"));
      assertThat(browser.pageText()).contains("Sustainable funding", "Accessible and transparent processes",
          "Reflecting need and fairly distributed", "No duplication", "Outcomes for victims", "per 1,000 residents");
      assertThat(browser.driver().findElements(By.cssSelector("a[href*='/app/export/action1.pdf']"))).as("the report as a PDF").isNotEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("canvas"))).as("the charts").isNotEmpty();
      browser.screenshot("action1-dashboard");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on the Action 1 dashboard").isEmpty();

      browser.open("app/match-funding.xhtml");
      browser.waitFor(By.id("match-xlsx"));
      assertThat(browser.pageText()).contains("Totals by round", "Totals by programme");
      browser.screenshot("match-funding");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on match funding").isEmpty();

      browser.open("app/spending.xhtml");
      browser.waitFor(By.id("spending-xlsx"));
      assertThat(browser.pageText()).contains("Money at risk on", "Every funded award");
      browser.screenshot("spending-windows");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on spending windows").isEmpty();
      // another date: the page keeps only the date between requests and reads the report for it again
      // set and pressed from script: the picker refills a cleared field, and its calendar covers the button
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
          "document.getElementById('spending:as-of_input').value = '01/04/2031'; document.getElementById('spending:show').click()");
      browser.waitForText("Money at risk on 1 Apr 2031");
      assertThat(browser.pageText()).contains("Every funded award");
    }
  }

  @Test
  void shouldAnswerNotFoundForAnotherOfficesBid() {
    long id = demoBid("bidder.avon", "OFFERED");
    try (Browser browser = Browser.signedIn(base, "bidder.wyorks")) {
      browser.open("app/bid.xhtml?id=" + id);
      assertThat(browser.pageText()).contains("404").doesNotContain("Status: OFFERED");
    }
  }

  @Test
  void shouldTakeABidFromSignOffToAFiledReturnThroughThePages() throws Exception {
    String round = TestRounds.uniqueReference("SSF-PAGES");
    TestDatabase.copyRound("SSF-DELIVERY-DEMO", round);
    Http.Reply pot = Http.put(base, "api/rounds/" + round + "/pot", "admin", "{\"amount\": 4000000.00}");
    assertThat(pot.status()).as(pot.body()).isEqualTo(200);
    JsonObject draft = LifecycleSteps.saferStreetsBid(round, FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)));
    JsonObject withLines = deliveryLines(draft, round);
    Http.Reply created = Http.post(base, "api/bids", "bidder.avon", withLines.toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    String reference = created.json().getString("reference");

    Instant started = Instant.now();
    try (Browser browser = Browser.signedIn(base, "bidder.avon")) {
      // the bidder finishes the draft in the editor and sends it to sign-off from its review step
      browser.open("app/bid-edit.xhtml?id=" + id);
      browser.type("editor:title", "Safe routes home from Temple Meads, with marshals");
      browser.click("editor:next");
      browser.waitForText("Step 2 of 6");
      browser.screenshot("bid-editor");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on the bid editor").isEmpty();
      browser.click("editor:step-review");
      browser.waitFor(By.id("no-violations"));
      browser.click("editor:send");
      browser.waitForText("Awaiting sign off");
    }
    assertThat(Http.get(base, "api/bids/" + id, "bidder.avon").json().getString("status")).isEqualTo("AWAITING_SIGN_OFF");
    try (Browser browser = Browser.signedIn(base, "finance.avon")) {
      openTask(browser, "finance.avon", reference, "Task_SignOffBid");
      browser.click("task:complete");
      browser.waitFor(By.cssSelector(".gw-messages li.gw-message-error"));
      browser.screenshot("task-with-errors");
      assertThat(browser.seriousAccessibilityViolations()).as("axe on a task page showing its errors").isEmpty();
      assertThat(Http.get(base, "api/bids/" + id, "bidder.avon").json().getString("status")).as("nothing moved").isEqualTo("AWAITING_SIGN_OFF");
      browser.click("task:decision:0");
      browser.type("task:comment", "Fits the office's plan");
      complete(browser);
    }
    try (Browser browser = Browser.signedIn(base, "bidder.avon")) {
      openTask(browser, "bidder.avon", reference, "Task_SubmitBid");
      complete(browser);
    }
    boolean first = true;
    for (String assessor : LifecycleSteps.assessorsWithTask(reference)) {
      try (Browser browser = Browser.signedIn(base, assessor)) {
        openTask(browser, assessor, reference, "Task_AssessBid");
        for (int i = 0; i < 4; i++) {
          new Select(browser.waitFor(By.id("task:criteria:" + i + ":score"))).selectByVisibleText("4");
          browser.type("task:criteria:" + i + ":scoreComment", "Sound on this criterion");
        }
        if (first) {
          browser.screenshot("scoring");
          assertThat(browser.seriousAccessibilityViolations()).as("axe on the scoring form").isEmpty();
          first = false;
        }
        complete(browser);
      }
    }
    try (Browser browser = Browser.signedIn(base, "panel.ho")) {
      openTask(browser, "panel.ho", reference, "Task_DecideFunding");
      browser.click("task:fundingDecision:0");
      browser.type("task:reasons", "Strong evidence of need");
      complete(browser);
    }
    try (Browser browser = Browser.signedIn(base, "bidder.avon")) {
      openTask(browser, "bidder.avon", reference, "Task_AcceptOffer");
      browser.click("task:accept");
      complete(browser);
      // the first spending quarter has ended already: the job executor opens its return
      awaitTask("bidder.avon", reference, "Task_SubmitMonitoringReturn");
      openTask(browser, "bidder.avon", reference, "Task_SubmitMonitoringReturn");
      browser.type("task:spend:0:category", "STAFF");
      browser.type("task:spend:0:spent", "95000.00");
      browser.type("task:outcomeValue", "47");
      browser.type("task:narrative", "Marshals out every weekend");
      complete(browser);
    }
    assertThat(Http.get(base, "api/bids/" + id, "bidder.avon").json().getString("status")).isEqualTo("IN_DELIVERY");
    System.out.println("PagesIT golden path through the pages: " + Duration.between(started, Instant.now()).toSeconds() + " s");
  }

  @Test
  void shouldShowTheMatchFundingShortfallAndNotLetTheBidBeSent() throws Exception {
    String round = TestRounds.uniqueReference("SSF-RULES");
    TestDatabase.copyRound("SSF-R6-DEMO", round);
    JsonObject complete = LifecycleSteps.saferStreetsBid(round, FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next());
    JsonObject shortMatch = jakarta.json.Json.createObjectBuilder(complete)
        .add("matchFunding", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder(
            complete.getJsonArray("matchFunding").getJsonObject(0)).add("amount", new java.math.BigDecimal("50000.00"))))
        .build();
    Http.Reply created = Http.post(base, "api/bids", "bidder.wyorks", shortMatch.toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    try (Browser browser = Browser.signedIn(base, "bidder.wyorks")) {
      browser.open("app/bid-edit.xhtml?id=" + id);
      browser.click("editor:step-review");
      browser.waitForText("Match funding is £50,000.00");
      assertThat(browser.driver().findElements(By.id("editor:send"))).as("no send button while a rule is broken").isEmpty();
      browser.click("editor:violations:0:fix");
      browser.waitForText("Step 3 of 6");
      assertThat(browser.pageText()).contains("Match funding is £50,000.00; this round needs at least £100,000.00");
      browser.screenshot("match-funding-rule");
    }
    assertThat(Http.post(base, "api/bids/" + id + "/submit-for-sign-off", "bidder.wyorks", "").status()).isEqualTo(422);
  }

  private void openTask(Browser browser, String user, String reference, String taskKey) {
    browser.open("app/task.xhtml?id=" + LifecycleSteps.task(user, reference, taskKey));
    browser.waitFor(By.id("task:complete"));
  }

  private static void complete(Browser browser) {
    browser.click("task:complete");
    try {
      browser.waitForText("done");
    } catch (org.openqa.selenium.TimeoutException e) {
      try {
        browser.screenshot("not-completed");
      } catch (java.io.IOException screenshotFailed) {
        e.addSuppressed(screenshotFailed);
      }
      throw new AssertionError("the task was not completed; the page said: " + browser.pageText(), e);
    }
  }

  private static void awaitTask(String user, String reference, String taskKey) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      try {
        LifecycleSteps.task(user, reference, taskKey);
        return;
      } catch (AssertionError notYet) {
        Thread.sleep(500);
      }
    }
    LifecycleSteps.task(user, reference, taskKey);
  }

  /** The bid with its two budget lines moved into the round's two (past) spending quarters. */
  private JsonObject deliveryLines(JsonObject bid, String round) {
    JsonObject view = Http.get(base, "api/rounds/" + round, "bidder.avon").json();
    LocalDate start = LocalDate.parse(view.getString("spendStart"));
    org.grantwell.db.shared.FinancialQuarter q1 = org.grantwell.db.shared.FinancialQuarter.containing(start);
    org.grantwell.db.shared.FinancialQuarter q2 = q1.next();
    jakarta.json.JsonArrayBuilder lines = jakarta.json.Json.createArrayBuilder();
    List<JsonObject> original = bid.getJsonArray("budgetLines").getValuesAs(JsonObject.class);
    for (int i = 0; i < original.size(); i++) {
      org.grantwell.db.shared.FinancialQuarter q = i == 0 ? q1 : q2;
      lines.add(jakarta.json.Json.createObjectBuilder(original.get(i)).add("financialYear", q.year().label()).add("quarter", q.number()));
    }
    jakarta.json.JsonArrayBuilder match = jakarta.json.Json.createArrayBuilder();
    for (JsonValue m : bid.getJsonArray("matchFunding")) {
      match.add(jakarta.json.Json.createObjectBuilder(m.asJsonObject()).add("financialYear", q1.year().label()));
    }
    return jakarta.json.Json.createObjectBuilder(bid).add("budgetLines", lines).add("matchFunding", match).build();
  }

  private long demoBid(String user, String status) {
    return Http.allItems(base, "api/bids?status=" + status, user).stream()
        .filter(b -> b.getString("roundReference").endsWith("-DEMO"))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
  }
}
