package org.grantwell.workflow.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.grantwell.db.finance.BalanceGrouping;
import org.grantwell.db.finance.FinanceRepository;
import org.grantwell.db.finance.FinanceRows.BalanceRow;
import org.grantwell.db.finance.FinanceScope;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.InputChecks;
import org.grantwell.workflow.shared.InvalidInputException;

/**
 * The ledger's balances summed from its entries (one SQL aggregate) and grouped by round,
 * programme, funder, organisation, force area or financial year, over the rounds a caller may see:
 * national finance and administrators every round, anyone else the rounds their organisation funds
 * (as the ledger's reconciliation).
 */
@ApplicationScoped
@Transactional
public class LedgerBalanceService {

  @Inject private FinanceRepository finance;

  /** @param by round, programme, funder, organisation, area or year */
  public List<BalanceView> balances(Caller caller, String by) {
    BalanceGrouping grouping = BalanceGrouping.parse(by).orElseThrow(() -> new InvalidInputException(
        InputChecks.INVALID, "by", "Group by one of " + String.join(", ",
            Arrays.stream(BalanceGrouping.values()).map(g -> g.name().toLowerCase(Locale.ROOT)).toList())));
    FinanceScope scope = new FinanceScope(caller.isNational() ? null : caller.organisationId(), null, null);
    return finance.balances(grouping, scope).stream().map(row -> view(grouping, row)).toList();
  }

  static BalanceView view(BalanceGrouping by, BalanceRow row) {
    boolean potsInGroups = by == BalanceGrouping.ROUND || by == BalanceGrouping.PROGRAMME || by == BalanceGrouping.FUNDER;
    return new BalanceView(by.name().toLowerCase(Locale.ROOT), row.key(), label(by, row), row.pot(), row.committed(),
        row.paid(), row.clawedBack(), potsInGroups ? row.remaining() : null, row.outstanding());
  }

  private static String label(BalanceGrouping by, BalanceRow row) {
    if (row.key() == null) {
      return by == BalanceGrouping.YEAR ? "No financial year" : "Not attributed";
    }
    return by == BalanceGrouping.YEAR ? new FinancialYear(Integer.parseInt(row.key())).label() : row.label();
  }
}
