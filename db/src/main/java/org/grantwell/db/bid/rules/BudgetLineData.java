package org.grantwell.db.bid.rules;

import java.util.Objects;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/** One line of a bid's budget: what is spent, in which financial-year quarter, and how much. */
public record BudgetLineData(
    FinancialYear year,
    int quarter,
    String category,
    boolean capital,
    String description,
    Money amount) implements java.io.Serializable {

  public BudgetLineData {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(amount, "amount");
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + quarter);
    }
  }

  public FinancialQuarter financialQuarter() {
    return year.quarter(quarter);
  }
}
