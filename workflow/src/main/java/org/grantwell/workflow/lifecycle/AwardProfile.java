package org.grantwell.workflow.lifecycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.grantwell.db.bid.rules.BudgetLineData;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.Money;

/**
 * An award's agreed spend by quarter: the bid's budget by quarter, scaled down in proportion when
 * the award is less than the request (rounded to the penny, the last quarter taking the rounding so
 * that the profile adds up to the award exactly).
 */
public final class AwardProfile {

  private AwardProfile() {}

  public static Map<FinancialQuarter, Money> of(List<BudgetLineData> budget, Money award) {
    TreeMap<FinancialQuarter, Money> requested = new TreeMap<>();
    for (BudgetLineData line : budget) {
      requested.merge(line.financialQuarter(), line.amount(), Money::plus);
    }
    Money total = requested.values().stream().reduce(Money.ZERO, Money::plus);
    TreeMap<FinancialQuarter, Money> profile = new TreeMap<>();
    if (total.isZero()) {
      return profile;
    }
    Money given = Money.ZERO;
    for (Map.Entry<FinancialQuarter, Money> quarter : requested.entrySet()) {
      Money share = quarter.getKey().equals(requested.lastKey())
          ? award.minus(given)
          : Money.of(quarter.getValue().amount().multiply(award.amount())
              .divide(total.amount(), 2, RoundingMode.HALF_EVEN));
      profile.put(quarter.getKey(), share);
      given = given.plus(share);
    }
    return profile;
  }

  /** The profiled amount of one quarter (zero when the budget has nothing in it). */
  public static Money forQuarter(List<BudgetLineData> budget, Money award, FinancialQuarter quarter) {
    return of(budget, award).getOrDefault(quarter, Money.ZERO);
  }

}
