package org.grantwell.db.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.function.Function;
import org.grantwell.db.finance.FinanceRows.AwardRow;
import org.grantwell.db.finance.FinanceRows.BalanceRow;
import org.grantwell.db.finance.FinanceRows.MatchRow;
import org.grantwell.db.finance.FinanceRows.QuarterAmountRow;
import org.grantwell.db.finance.FinanceRows.StatusChangeRow;

/** Runs the finance read queries ({@link FinanceSql}) and stores match status changes. */
@ApplicationScoped
public class FinanceRepository {

  @PersistenceContext private EntityManager em;

  public MatchStatusChange add(MatchStatusChange change) {
    em.persist(change);
    em.flush();
    return change;
  }

  /** The bids in scope (or the one bid, when a reference is given) with their contributions. */
  public List<MatchRow> matchRows(FinanceScope scope, String bidReference) {
    return rows(FinanceSql.matchRows(scope, bidReference), FinanceRows::matchRow);
  }

  public List<StatusChangeRow> statusChanges(FinanceScope scope, String bidReference) {
    return rows(FinanceSql.statusChanges(scope, bidReference), FinanceRows::changeRow);
  }

  public List<AwardRow> fundedAwards(FinanceScope scope) {
    return rows(FinanceSql.fundedAwards(scope), FinanceRows::awardRow);
  }

  public List<QuarterAmountRow> budgetByQuarter(FinanceScope scope) {
    return rows(FinanceSql.budgetByQuarter(scope), FinanceRows::quarterRow);
  }

  public List<QuarterAmountRow> verifiedSpendByQuarter(FinanceScope scope) {
    return rows(FinanceSql.verifiedSpendByQuarter(scope), FinanceRows::quarterRow);
  }

  public List<BalanceRow> balances(BalanceGrouping by, FinanceScope scope) {
    return rows(FinanceSql.balances(by, scope), FinanceRows::balanceRow);
  }

  private <T> List<T> rows(FinanceSql.Query sql, Function<Object[], T> map) {
    Query query = em.createNativeQuery(sql.sql());
    for (int i = 0; i < sql.parameters().size(); i++) {
      query.setParameter(i + 1, sql.parameters().get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(map).toList();
  }
}
