package org.grantwell.db.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.grantwell.db.bid.rules.BudgetLineData;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/** One line of a bid's budget: a financial year and quarter, a cost category, capital or revenue. */
@Embeddable
public class BudgetLine {

  @Column(name = "financial_year", nullable = false)
  private int financialYear;

  @Column(nullable = false)
  private int quarter;

  @Column(nullable = false)
  private String category;

  @Column(nullable = false)
  private boolean capital;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private Money amount;

  protected BudgetLine() {}

  public BudgetLine(BudgetLineData data) {
    this.financialYear = data.year().startYear();
    this.quarter = data.quarter();
    this.category = data.category();
    this.capital = data.capital();
    this.description = data.description() == null ? "" : data.description();
    this.amount = data.amount();
  }

  public BudgetLineData toData() {
    return new BudgetLineData(new FinancialYear(financialYear), quarter, category, capital, description, amount);
  }
}
