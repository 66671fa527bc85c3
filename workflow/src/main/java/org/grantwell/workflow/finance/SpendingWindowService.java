package org.grantwell.workflow.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.grantwell.db.bid.rules.BudgetLineData;
import org.grantwell.db.finance.FinanceRepository;
import org.grantwell.db.finance.FinanceRows.AwardRow;
import org.grantwell.db.finance.FinanceRows.QuarterAmountRow;
import org.grantwell.db.finance.FinanceScope;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.lifecycle.AwardProfile;
import org.grantwell.workflow.security.Caller;

/**
 * The spending windows of the funded awards (not lapsed) a caller may see ({@link FinanceScopes}):
 * the agreed profile ({@link AwardProfile}, from the budget by quarter), the verified spend by
 * quarter and the forecast of {@link SpendingWindowCalculator}; three queries whatever the number
 * of awards.
 */
@ApplicationScoped
@Transactional
public class SpendingWindowService {

  @Inject private FinanceRepository finance;
  @Inject private Clock clock;

  private final SpendingWindowCalculator calculator = new SpendingWindowCalculator();

  /**
   * @param asOf the date to judge on; null for today (London)
   * @param atRiskOnly true to list only the awards with money at risk, largest first
   */
  public SpendingReport report(Caller caller, LocalDate asOf, boolean atRiskOnly) {
    LocalDate day = asOf != null ? asOf : LocalDate.ofInstant(clock.instant(), FinancialYear.LONDON);
    FinanceScope scope = FinanceScopes.of(caller, null, null);
    Map<Long, List<BudgetLineData>> budgets = new HashMap<>();
    for (QuarterAmountRow row : finance.budgetByQuarter(scope)) {
      budgets.computeIfAbsent(row.bidId(), id -> new ArrayList<>()).add(new BudgetLineData(
          new FinancialYear(row.financialYear()), row.quarter(), "TOTAL", false, "", row.amount()));
    }
    Map<Long, Map<FinancialQuarter, Money>> spend = new HashMap<>();
    for (QuarterAmountRow row : finance.verifiedSpendByQuarter(scope)) {
      spend.computeIfAbsent(row.bidId(), id -> new TreeMap<>())
          .merge(new FinancialYear(row.financialYear()).quarter(row.quarter()), row.amount(), Money::plus);
    }
    List<SpendFacts> facts = new ArrayList<>();
    for (AwardRow award : finance.fundedAwards(scope)) {
      facts.add(new SpendFacts(award.bidReference(), award.bidTitle(), award.roundReference(), award.programmeCode(),
          award.organisationName(), award.amount(), award.spendStart(), award.spendBy(),
          AwardProfile.of(budgets.getOrDefault(award.bidId(), List.of()), award.amount()),
          spend.getOrDefault(award.bidId(), Map.of()), "CLOSED".equals(award.offerStatus())));
    }
    SpendingReport report = calculator.calculate(facts, day);
    return atRiskOnly ? new SpendingReport(day, report.atRisk(), report.atRisk(), report.totalAtRisk(), report.rounds()) : report;
  }
}
