package org.grantwell.workflow.lifecycle;

import static org.grantwell.db.shared.MoneyFormat.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.grantwell.db.allocation.Allocation;
import org.grantwell.db.allocation.AllocationRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.rules.BudgetLineData;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.shared.InputChecks;

/**
 * An office's spending plan must fit its allocation, with the ring-fenced ISVA/IDVA money kept
 * apart: ISVA/IDVA lines within the ring-fenced amount, every other line within the core amount.
 */
@ApplicationScoped
public class SpendingPlanRules {

  /** The budget category of the ring-fenced ISVA/IDVA lines. */
  public static final String RING_FENCED_CATEGORY = "ISVA_IDVA";

  @Inject private AllocationRepository allocations;

  public void check(Bid plan) {
    InputChecks checks = new InputChecks();
    java.util.Optional<Allocation> found = allocations.find(plan.getRound(), plan.getLeadOrganisation());
    if (found.isEmpty()) {
      checks.add("NO_ALLOCATION", "roundReference", "Round " + plan.getRound().getReference() + " allocates nothing to "
          + plan.getLeadOrganisation().getName());
      checks.throwIfAny();
    }
    Allocation allocation = found.get();
    Money ringFenced = Money.ZERO;
    Money core = Money.ZERO;
    for (BudgetLineData line : plan.content().budgetLines()) {
      if (RING_FENCED_CATEGORY.equals(line.category())) {
        ringFenced = ringFenced.plus(line.amount());
      } else {
        core = core.plus(line.amount());
      }
    }
    if (ringFenced.isGreaterThan(allocation.getRingFencedAmount())) {
      checks.add("RING_FENCE_EXCEEDED", "budgetLines", "The plan puts " + format(ringFenced) + " on ISVA/IDVA posts; the ring-fenced allocation is "
          + format(allocation.getRingFencedAmount()));
    }
    if (core.isGreaterThan(allocation.getCoreAmount())) {
      checks.add("ALLOCATION_EXCEEDED", "budgetLines", "The plan spends " + format(core) + " of core grant; the office's core allocation is "
          + format(allocation.getCoreAmount()) + " (ring-fenced money cannot make up the difference)");
    }
    checks.throwIfAny();
  }
}
