package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.allocation.Allocation;
import org.grantwell.db.allocation.AllocationRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.VictimsFundingIds;

/**
 * Finds the office's share of the round's pot (computed by formula when the round opened) and ties
 * the office's spending plan to it (sets {@code allocationId}).
 */
@Dependent
public class ComputeAllocationDelegate implements JavaDelegate {

  @Inject private Steps steps;
  @Inject private AllocationRepository allocations;
  @Inject private AuditTrail audit;

  @Override
  public void execute(DelegateExecution execution) {
    Bid plan = steps.bid(execution);
    Allocation allocation =
        allocations.find(plan.getRound(), plan.getLeadOrganisation())
            .orElseThrow(() -> new IllegalStateException("Round " + plan.getRound().getReference()
                + " has no allocation for " + plan.getLeadOrganisation().getName()));
    if (allocation.getSpendingPlan() == null) {
      allocation.attachSpendingPlan(plan);
    }
    execution.setVariable(VictimsFundingIds.VAR_ALLOCATION_ID, allocation.getId());
    audit.record(Steps.actor(execution), "BID", plan.getReference(), "ALLOCATION_FOUND", null,
        Map.of("core", allocation.getCoreAmount().toString(), "ringFenced", allocation.getRingFencedAmount().toString(),
            "basis", allocation.getBasis().name()));
  }
}
