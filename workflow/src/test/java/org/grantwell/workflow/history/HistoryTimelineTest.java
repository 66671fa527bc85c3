package org.grantwell.workflow.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.grantwell.workflow.history.HistoryTimeline.Activity;
import org.junit.jupiter.api.Test;

class HistoryTimelineTest {

  private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  private static Activity userTask(String id, String assignee, Instant start, Instant end) {
    return new Activity(id, id + " name", "userTask", assignee, start, end, false, false);
  }

  private static Activity of(String id, String type, Instant start, boolean topLevel) {
    return new Activity(id, id, type, null, start, start, false, topLevel);
  }

  private static AuditRecord audit(String actor, Instant at, String action) {
    return new AuditRecord(actor, at, action, "{\"status\":\"DRAFT\"}", "{\"status\":\"SIGN_OFF\"}");
  }

  @Test
  void shouldShowOnlyAuditEntriesWhenTheBidHasNoProcess() {
    List<HistoryStep> steps =
        HistoryTimeline.merge(List.of(), List.of(audit("alice", at(5), "UPDATED"), audit("alice", at(1), "CREATED")));

    assertThat(steps).extracting(HistoryStep::kind).containsOnly(HistoryStep.AUDIT);
    assertThat(steps).extracting(HistoryStep::outcome).containsExactly("CREATED", "UPDATED");
    HistoryStep created = steps.get(0);
    assertThat(created.user()).isEqualTo("alice");
    assertThat(created.startedAt()).isEqualTo(at(1));
    assertThat(created.audit()).singleElement().satisfies(a -> {
      assertThat(a.before()).isEqualTo("{\"status\":\"DRAFT\"}");
      assertThat(a.after()).isEqualTo("{\"status\":\"SIGN_OFF\"}");
    });
  }

  @Test
  void shouldSkipGatewaysMultiInstanceBodiesAndStartEventsOfSubProcessesWhenMerging() {
    List<Activity> activities =
        List.of(
            of("StartEvent_BidStarted", "startEvent", at(0), true),
            of("Sub_PrepareBid", "subProcess", at(0), true),
            of("StartEvent_PreparationStarted", "startEvent", at(0), false),
            of("Gateway_SignedOff", "exclusiveGateway", at(1), false),
            of("Task_AssessBid#multiInstanceBody", "multiInstanceBody", at(2), true),
            of("Task_CheckEligibility", "serviceTask", at(2), true),
            of("BoundaryEvent_WindowClosed", "boundaryTimer", at(3), true),
            of("TimerEvent_QuarterEnd", "intermediateTimer", at(3), false),
            of("EndEvent_BidLate", "noneEndEvent", at(4), true),
            of("EndEvent_Withdrawn", "terminateEndEvent", at(4), true));

    List<HistoryStep> steps = HistoryTimeline.merge(activities, List.of());

    assertThat(steps)
        .extracting(HistoryStep::activityId)
        .containsExactly(
            "StartEvent_BidStarted",
            "Sub_PrepareBid",
            "Task_CheckEligibility",
            "BoundaryEvent_WindowClosed",
            "TimerEvent_QuarterEnd",
            "EndEvent_BidLate",
            "EndEvent_Withdrawn");
    assertThat(steps).extracting(HistoryStep::kind).containsOnly(HistoryStep.PROCESS);
  }

  @Test
  void shouldAttachTheAssigneesAuditEntriesToTheUserTaskWhenTheyFallWhileItWasOpen() {
    Activity draft = userTask("Task_DraftBid", "alice", at(10), at(20));
    AuditRecord updated = audit("alice", at(12), "UPDATED");
    AuditRecord sent = audit("alice", at(20).plusSeconds(2), "SENT_FOR_SIGN_OFF");

    List<HistoryStep> steps = HistoryTimeline.merge(List.of(draft), List.of(updated, sent));

    assertThat(steps).singleElement().satisfies(step -> {
      assertThat(step.kind()).isEqualTo(HistoryStep.PROCESS);
      assertThat(step.user()).isEqualTo("alice");
      assertThat(step.outcome()).isEqualTo("UPDATED,SENT_FOR_SIGN_OFF");
      assertThat(step.audit()).containsExactly(updated, sent);
    });
  }

  @Test
  void shouldListEachActionOnceInTheOutcomeWhenTheAssigneeRepeatedIt() {
    Activity draft = userTask("Task_DraftBid", "alice", at(10), at(20));

    List<HistoryStep> steps =
        HistoryTimeline.merge(
            List.of(draft), List.of(audit("alice", at(11), "UPDATED"), audit("alice", at(12), "UPDATED")));

    assertThat(steps.get(0).outcome()).isEqualTo("UPDATED");
    assertThat(steps.get(0).audit()).hasSize(2);
  }

  @Test
  void shouldLeaveAuditEntriesAloneWhenOtherPeopleOrOtherTimesMadeThem() {
    Activity draft = userTask("Task_DraftBid", "alice", at(10), at(20));
    AuditRecord byBob = audit("bob", at(15), "TEAM_CHANGED");
    AuditRecord before = audit("alice", at(9), "CREATED");
    AuditRecord tooLate = audit("alice", at(20).plusSeconds(3), "UPDATED");

    List<HistoryStep> steps = HistoryTimeline.merge(List.of(draft), List.of(byBob, before, tooLate));

    assertThat(steps)
        .extracting(HistoryStep::kind, HistoryStep::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(HistoryStep.AUDIT, "CREATED"),
            org.assertj.core.groups.Tuple.tuple(HistoryStep.PROCESS, null),
            org.assertj.core.groups.Tuple.tuple(HistoryStep.AUDIT, "TEAM_CHANGED"),
            org.assertj.core.groups.Tuple.tuple(HistoryStep.AUDIT, "UPDATED"));
    assertThat(steps.get(1).audit()).isEmpty();
  }

  @Test
  void shouldNotJoinAuditEntriesWhenTheUserTaskIsOpenOrCanceled() {
    Activity open = userTask("Task_SignOffBid", "carol", at(10), null);
    Activity canceled = new Activity("Task_DraftBid", "Draft bid", "userTask", "alice", at(1), at(5), true, false);

    List<HistoryStep> steps =
        HistoryTimeline.merge(
            List.of(canceled, open), List.of(audit("alice", at(3), "UPDATED"), audit("carol", at(11), "SIGNED_OFF")));

    assertThat(steps)
        .extracting(HistoryStep::kind, HistoryStep::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(HistoryStep.PROCESS, HistoryTimeline.CANCELED),
            org.assertj.core.groups.Tuple.tuple(HistoryStep.AUDIT, "UPDATED"),
            org.assertj.core.groups.Tuple.tuple(HistoryStep.PROCESS, null),
            org.assertj.core.groups.Tuple.tuple(HistoryStep.AUDIT, "SIGNED_OFF"));
  }

  @Test
  void shouldGiveAnEntryToTheTaskThatEndedFirstWhenTwoTasksOfTheAssigneeOverlap() {
    Activity longer = userTask("Task_AssessBid", "dave", at(0), at(30));
    Activity shorter = userTask("Task_ModerateScores", "dave", at(5), at(10));
    AuditRecord scored = audit("dave", at(9), "SCORED");

    List<HistoryStep> steps = HistoryTimeline.merge(List.of(longer, shorter), List.of(scored));

    assertThat(steps).extracting(HistoryStep::activityId).containsExactly("Task_AssessBid", "Task_ModerateScores");
    assertThat(steps.get(0).audit()).isEmpty();
    assertThat(steps.get(1).audit()).containsExactly(scored);
  }

  @Test
  void shouldSortByTimeKeepingActivitiesBeforeAuditEntriesWhenTheyHappenAtTheSameInstant() {
    Activity start = of("StartEvent_BidStarted", "startEvent", at(5), true);
    AuditRecord created = audit("alice", at(5), "CREATED");
    AuditRecord earlier = audit("alice", at(1), "PREFILLED");

    List<HistoryStep> steps = HistoryTimeline.merge(List.of(start), List.of(created, earlier));

    assertThat(steps).extracting(HistoryStep::name).containsExactly("PREFILLED", "StartEvent_BidStarted", "CREATED");
  }
}
