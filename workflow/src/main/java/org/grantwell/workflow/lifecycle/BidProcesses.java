package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.programme.ProgrammeKind;
import org.grantwell.db.round.FundingRound;
import org.grantwell.workflow.model.LocalCommissioningIds;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.model.VictimsFundingIds;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.StaleEditException;

/**
 * Starts a bid's process when the bid is created and finishes its draft step when it is sent on,
 * in the caller's transaction. Which process: a bid to a PCC office's own round runs {@code
 * localCommissioning}, an office's spending plan in a national formula round runs {@code
 * victimsFunding}, any other bid {@code saferStreetsBid}. Business key = the bid's reference.
 */
@ApplicationScoped
public class BidProcesses {

  private static final List<String> DRAFT_TASKS =
      List.of(SaferStreetsIds.TASK_DRAFT_BID, VictimsFundingIds.TASK_SUBMIT_SPENDING_PLAN);

  @Inject private RuntimeService runtime;
  @Inject private TaskService tasks;
  @Inject private IdentityService identity;
  @Inject private SpendingPlanRules spendingPlans;
  @Inject private org.grantwell.workflow.engine.EngineCommands commands;

  public static String processKeyFor(FundingRound round) {
    if (round.getFunder().getType() == OrganisationType.PCC_OFFICE) {
      return LocalCommissioningIds.PROCESS_KEY;
    }
    if (round.getProgramme().getKind() == ProgrammeKind.FORMULA) {
      return VictimsFundingIds.PROCESS_KEY;
    }
    return SaferStreetsIds.PROCESS_KEY;
  }

  /** Starts the bid's process (once); the bid then stands at its draft step. */
  public void start(Bid bid, String actor) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(LifecycleVariables.BID_ID, bid.getId());
    variables.put(LifecycleVariables.ROUND_CLOSES_AT, bid.getRound().getClosesAt().toString());
    variables.put(VictimsFundingIds.VAR_ROUND_ID, bid.getRound().getId());
    variables.put(VictimsFundingIds.VAR_ORGANISATION_ID, bid.getLeadOrganisation().getId());
    try {
      identity.setAuthenticatedUserId(actor);
      ProcessInstance instance =
          runtime.startProcessInstanceByKey(processKeyFor(bid.getRound()), bid.getReference(), variables);
      bid.attachProcess(instance.getId());
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Completes the bid's draft step (the version sent is already stored). A bid drafted before its
   * process existed gets one first. Refused when the process is not at the draft step.
   */
  public void finishDraft(Caller caller, Bid bid) {
    if (bid.getProcessInstanceId() == null) {
      start(bid, caller.username());
    }
    if (VictimsFundingIds.PROCESS_KEY.equals(processKeyFor(bid.getRound()))) {
      spendingPlans.check(bid);
    }
    try {
      identity.setAuthenticatedUserId(caller.username());
      // one engine command: the task found is claimed and completed from the command's cache
      commands.run(() -> {
        Task draft =
            openTask(bid, DRAFT_TASKS)
                .orElseThrow(() -> new ForbiddenActionException("Bid " + bid.getReference() + " is not at its draft step"));
        // the command serves the task from its cache: lock its row and see that it is still as read
        if (!commands.lockUnchanged(draft)) {
          throw new StaleEditException("Bid " + bid.getReference() + " was sent on by someone else at the same moment; nothing was changed");
        }
        if (draft.getAssignee() == null) {
          tasks.claim(draft.getId(), caller.username());
        }
        tasks.complete(draft.getId());
      });
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The bid's open task at one of the given steps, if any. */
  public Optional<Task> openTask(Bid bid, List<String> taskKeys) {
    if (bid.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return tasks.createTaskQuery().processInstanceId(bid.getProcessInstanceId()).active().list().stream()
        .filter(task -> taskKeys.contains(task.getTaskDefinitionKey()))
        .findFirst();
  }

  /** Sends a message to the bid's running process (a variation request), with a local variable. */
  public void correlate(Bid bid, String messageName, String variable, Object value) {
    runtime.createMessageCorrelation(messageName)
        .processInstanceId(bid.getProcessInstanceId())
        .setVariableToTriggeredScope(variable, value)
        .correlate();
  }
}
