package org.grantwell.workflow.lifecycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.grantwell.db.allocation.AllocationFormula;
import org.grantwell.db.bid.rules.BudgetLineData;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.Money;

/**
 * An award's agreed spend by quarter: the bid's budget by quarter, scaled in proportion when the
 * award is less than the request, to the penny by the largest-remainder method (the same as formula
 * allocations), so that the profile adds up to the award exactly and no quarter goes negative.
 */
public final class AwardProfile {

  private AwardProfile() {}

  public static Map<FinancialQuarter, Money> of(List<BudgetLineData> budget, Money award) {
    TreeMap<FinancialQuarter, BigDecimal> requested = new TreeMap<>();
    for (BudgetLineData line : budget) {
      if (line.amount().isPositive()) {
        requested.merge(line.financialQuarter(), line.amount().amount(), BigDecimal::add);
      }
    }
    if (requested.isEmpty()) {
      return new TreeMap<>();
    }
    return new TreeMap<>(AllocationFormula.share(award, requested));
  }

  /** The profiled amount of one quarter (zero when the budget has nothing in it). */
  public static Money forQuarter(List<BudgetLineData> budget, Money award, FinancialQuarter quarter) {
    return of(budget, award).getOrDefault(quarter, Money.ZERO);
  }

}
