package org.grantwell.workflow.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.workflow.bid.BidService;
import org.grantwell.workflow.bid.BidView;
import org.grantwell.workflow.security.CallerService;
import org.grantwell.workflow.task.TaskInboxService;
import org.grantwell.workflow.variation.VariationRequest;
import org.grantwell.workflow.variation.VariationService;

/**
 * Takes demo bids through their processes to every stage, with the same services and task forms
 * the API uses, so that every demo user has real tasks at the first login: bids awaiting sign-off
 * (one partner-led), in assessment (one after a declared conflict), awaiting the panel, offered,
 * in delivery with a return due and a variation to decide, closed; a provider's bid in the PCC
 * office's assessment and one awaiting its decision; an office's spending plan with the Ministry
 * of Justice. Quarter ends that have passed are reached by running their due timer jobs.
 */
@ApplicationScoped
public class DemoLifecycle {

  @Inject private BidService bids;
  @Inject private TaskInboxService inbox;
  @Inject private CallerService callers;
  @Inject private TaskService tasks;
  @Inject private ManagementService management;
  @Inject private org.camunda.bpm.engine.RuntimeService runtime;
  @Inject private VariationService variations;
  @Inject private Clock clock;

  /** Moves the drafts (by title) and the delivery round's bids to their stages. */
  void advance(Map<String, BidView> drafts) {
    sendOn("bidder.avon", drafts.get("bidder.avon|Safer night-time economy in Bristol city centre"));
    sendOn("bidder.bristol", drafts.get("bidder.bristol|Harbourside safety partnership"));
    sendOn("bidder.wyorks", drafts.get("bidder.wyorks|Safe spaces and safer routes home in Leeds"));
    sendOn("bidder.wyorks", drafts.get("bidder.wyorks|Victims' services spending plan " + firstYear().label() + " to "
        + firstYear().next().next().label()));
    BidView advisers = drafts.get("provider.haven|Independent sexual violence advisers for North Somerset");
    sendOn("provider.haven", advisers);
    step("provider.haven", advisers, "Task_SubmitBid", "{}");
    BidView advocates = drafts.get("provider.haven|Children's domestic abuse advocates in Bath");
    sendOn("provider.haven", advocates);
    step("provider.haven", advocates, "Task_SubmitBid", "{}");
    assess(advocates);

    List<DemoBids.DemoBid> delivery = DemoBids.delivery(DemoRounds.deliveryQuarters(today()));
    BidView awaitingPanel = toAssessment(delivery.get(0), "signoff.avon", 1);
    assess(awaitingPanel);
    BidView inAssessment = toAssessment(delivery.get(1), "signoff.avon", 2);
    Task conflicted = openTasks(inAssessment, "Task_AssessBid").get(0);
    inbox.complete(callers.forUsername(conflicted.getAssignee()), conflicted.getId(),
        form("{\"conflict\":true,\"conflictReason\":\"A close relative chairs the Bath night-time economy partnership\"}"));
    BidView offered = toAssessment(delivery.get(2), "signoff.avon", 3);
    assess(offered);
    step("panel.ho", offered, "Task_DecideFunding", "{\"decision\":\"FUND\",\"reasons\":\"Strong, well-evidenced bid\"}");

    BidView inDelivery = toDelivery(delivery.get(3), 1);
    quarter(inDelivery, "98000.00");
    fireQuarterEnd(inDelivery);
    variations.request(callers.forUsername("bidder.wyorks"), new VariationRequest(inDelivery.id(), "MOVE_CATEGORY", null, null,
        "STAFF", "TRAINING", new BigDecimal("8000.00"), null, "Train market traders as well as marshals"));

    BidView closed = toDelivery(delivery.get(4), 2);
    quarter(closed, "95000.00");
    quarter(closed, "97500.00");
    step("bidder.wyorks", closed, "Task_SubmitFinalReturn",
        "{\"narrative\":\"Towpaths lit; 61% of women now feel safe there after dark (40% before)\"}");
    toAssessment(delivery.get(5), "signoff.wyorks", 3);
  }

  private BidView toAssessment(DemoBids.DemoBid demo, String signOff, int rank) {
    BidView bid = bids.create(callers.forUsername(demo.username()), demo.draft());
    sendOn(demo.username(), bid);
    step(signOff, bid, "Task_SignOffBid", "{\"decision\":\"APPROVED\",\"rank\":" + rank + "}");
    step(demo.username(), bid, "Task_SubmitBid", "{}");
    return bid;
  }

  private BidView toDelivery(DemoBids.DemoBid demo, int rank) {
    BidView bid = toAssessment(demo, "signoff.wyorks", rank);
    assess(bid);
    step("panel.ho", bid, "Task_DecideFunding", "{\"decision\":\"FUND\",\"reasons\":\"Strong, well-evidenced bid\"}");
    step(demo.username(), bid, "Task_AcceptOffer", "{\"accept\":true}");
    return bid;
  }

  /** The quarter ends; its return is filed and verified, and the claim paid. */
  private void quarter(BidView bid, String spend) {
    fireQuarterEnd(bid);
    step("bidder.wyorks", bid, "Task_SubmitMonitoringReturn",
        "{\"narrative\":\"Marshals out every weekend; lighting on order\",\"spend\":[{\"category\":\"STAFF\",\"capital\":false,"
            + "\"amount\":" + spend + "}],\"outcomes\":[{\"indicator\":\"Women who feel safe walking in the area after dark\",\"value\":48}]}");
    step("officer.ho", bid, "Task_VerifyReturn", "{\"verified\":true}");
  }

  /** Every open assessment of the bid, each by the assessor it was allocated to. */
  private void assess(BidView bid) {
    for (Task assessment : openTasks(bid, "Task_AssessBid")) {
      inbox.complete(callers.forUsername(assessment.getAssignee()), assessment.getId(), form("{\"conflict\":false,\"scores\":["
          + "{\"criterion\":\"NEED\",\"score\":4,\"comment\":\"Local data show the problem clearly\"},"
          + "{\"criterion\":\"APPROACH\",\"score\":4,\"comment\":\"Proven interventions\"},"
          + "{\"criterion\":\"DELIVERY\",\"score\":3,\"comment\":\"Tight but realistic plan\"},"
          + "{\"criterion\":\"OUTCOMES\",\"score\":4,\"comment\":\"Measured by a street survey\"}]}"));
    }
  }

  private void sendOn(String username, BidView bid) {
    bids.submitForSignOff(callers.forUsername(username), bid.id(), null);
  }

  private List<Task> openTasks(BidView bid, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(bid.reference()).taskDefinitionKey(taskKey).active()
        .orderByTaskId().asc().list();
  }

  private void step(String username, BidView bid, String taskKey, String form) {
    Task task = openTasks(bid, taskKey).stream()
        .filter(t -> t.getAssignee() == null || t.getAssignee().equals(username))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Demo bid " + bid.reference() + " has no open " + taskKey + " for " + username));
    inbox.complete(callers.forUsername(username), task.getId(), form(form));
  }

  /** Runs the bid's quarter-end timer now: the quarter is already over. */
  private void fireQuarterEnd(BidView bid) {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(bid.reference()).singleResult().getId();
    Job timer = management.createJobQuery().processInstanceId(instance).timers()
        .activityId("TimerEvent_QuarterEnd").singleResult();
    management.executeJob(timer.getId());
  }

  private static Map<String, Object> form(String json) {
    try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = jsonb.fromJson(json, Map.class);
      return map;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(FinancialYear.LONDON));
  }

  private FinancialYear firstYear() {
    return FinancialYear.containing(today()).next();
  }
}
