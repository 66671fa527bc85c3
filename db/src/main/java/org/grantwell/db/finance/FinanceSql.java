package org.grantwell.db.finance;

import java.util.ArrayList;
import java.util.List;

/**
 * The finance read queries, native SQL the same on PostgreSQL and H2, each built for one {@link
 * FinanceScope} with JPA's numbered parameters. Each reads every row it needs in one statement, so
 * a report costs a few queries whatever the number of bids.
 */
public final class FinanceSql {

  /** A statement and its parameters in order ({@code ?1}, {@code ?2}, ...). */
  public record Query(String sql, List<Object> parameters) implements java.io.Serializable {

    public Query {
      parameters = List.copyOf(parameters);
    }

    /** The same statement with JDBC's plain {@code ?} placeholders. */
    public String jdbcSql() {
      return sql.replaceAll("\\?\\d+", "?");
    }
  }

  private static final String BID_JOINS =
      " JOIN funding_round r ON r.id = b.funding_round_id"
          + " JOIN funding_programme p ON p.id = r.programme_id"
          + " JOIN organisation o ON o.id = b.lead_organisation_id";

  private static final String FUNDED =
      " a.decision IN ('FUND', 'PART_FUND') AND (a.offer_status IS NULL OR a.offer_status <> 'LAPSED')";

  private static final String SUBMITTED = " b.status NOT IN ('DRAFT', 'WITHDRAWN')";

  private FinanceSql() {}

  /** Every submitted bid in scope with each of its match contributions (or one row without). */
  public static Query matchRows(FinanceScope scope, String bidReference) {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT b.id, b.reference, b.title, b.status, r.reference, p.code, b.lead_organisation_id,"
            + " o.name, r.funder_id, a.decision, a.amount, a.decided_at,"
            + " (SELECT COALESCE(SUM(bl.amount), 0) FROM budget_line bl WHERE bl.bid_id = b.id),"
            + " mc.position, mc.source, mc.financial_year, mc.amount, mc.in_kind, mc.status, mc.evidence"
            + " FROM bid b"
            + BID_JOINS
            + " LEFT JOIN award a ON a.bid_id = b.id"
            + " LEFT JOIN match_contribution mc ON mc.bid_id = b.id"
            + " WHERE"
            + SUBMITTED
            + bidScope(scope, bidReference, parameters)
            + " ORDER BY r.reference, b.reference, mc.position";
    return new Query(sql, parameters);
  }

  /** The recorded status changes of the contributions of the bids in scope. */
  public static Query statusChanges(FinanceScope scope, String bidReference) {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT c.id, c.bid_id, c.position, c.from_status, c.to_status, c.evidence, c.changed_by,"
            + " c.changed_at FROM match_status_change c JOIN bid b ON b.id = c.bid_id"
            + BID_JOINS
            + " WHERE"
            + SUBMITTED
            + bidScope(scope, bidReference, parameters)
            + " ORDER BY c.bid_id, c.position, c.changed_at, c.id";
    return new Query(sql, parameters);
  }

  /** The funded awards in scope that have not lapsed, with their spending windows. */
  public static Query fundedAwards(FinanceScope scope) {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT b.id, b.reference, b.title, r.reference, p.code, o.name, a.amount,"
            + " COALESCE(a.spend_start, r.spend_start), COALESCE(a.spend_by, r.spend_by), a.offer_status"
            + " FROM award a JOIN bid b ON b.id = a.bid_id"
            + BID_JOINS
            + " WHERE"
            + FUNDED
            + bidScope(scope, null, parameters)
            + " ORDER BY b.reference";
    return new Query(sql, parameters);
  }

  /** The positive budget of each funded award in scope, by financial year and quarter. */
  public static Query budgetByQuarter(FinanceScope scope) {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT bl.bid_id, bl.financial_year, bl.quarter,"
            + " SUM(CASE WHEN bl.amount > 0 THEN bl.amount ELSE 0 END)"
            + " FROM budget_line bl JOIN award a ON a.bid_id = bl.bid_id JOIN bid b ON b.id = bl.bid_id"
            + BID_JOINS
            + " WHERE"
            + FUNDED
            + bidScope(scope, null, parameters)
            + " GROUP BY bl.bid_id, bl.financial_year, bl.quarter";
    return new Query(sql, parameters);
  }

  /** The spend of the verified returns of each funded award in scope, by year and quarter. */
  public static Query verifiedSpendByQuarter(FinanceScope scope) {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT m.bid_id, m.financial_year, m.quarter, SUM(s.amount)"
            + " FROM monitoring_return m JOIN return_spend s ON s.return_id = m.id"
            + " JOIN award a ON a.bid_id = m.bid_id JOIN bid b ON b.id = m.bid_id"
            + BID_JOINS
            + " WHERE m.status = 'VERIFIED' AND"
            + FUNDED
            + bidScope(scope, null, parameters)
            + " GROUP BY m.bid_id, m.financial_year, m.quarter";
    return new Query(sql, parameters);
  }

  /**
   * The ledger's pot, committed, paid and clawed-back sums by group, from the entries alone (the
   * sign convention of V11: pot = POT_*, committed = AWARD_* + VARIATION_MOVED, paid = CLAIM_PAID,
   * clawed back = CLAWBACK). A caller with an organisation sees the rounds that organisation funds.
   */
  public static Query balances(BalanceGrouping by, FinanceScope scope) {
    List<Object> parameters = new ArrayList<>();
    // an ALLOCATION earmarks part of a pot and moves no balance
    StringBuilder where = new StringBuilder(" WHERE e.entry_type <> 'ALLOCATION'");
    if (scope.organisationId() != null) {
      parameters.add(scope.organisationId());
      where.append(" AND r.funder_id = ?").append(parameters.size());
    }
    roundAndProgramme(scope, parameters, where);
    String sql =
        "SELECT "
            + by.keySql()
            + ", "
            + by.labelSql()
            + ", SUM(CASE WHEN e.entry_type IN ('POT_SET', 'POT_CHANGED') THEN e.amount ELSE 0 END),"
            + " SUM(CASE WHEN e.entry_type IN ('AWARD_COMMITTED', 'AWARD_REDUCED', 'AWARD_RELEASED',"
            + " 'VARIATION_MOVED') THEN e.amount ELSE 0 END),"
            + " SUM(CASE WHEN e.entry_type = 'CLAIM_PAID' THEN e.amount ELSE 0 END),"
            + " SUM(CASE WHEN e.entry_type = 'CLAWBACK' THEN e.amount ELSE 0 END)"
            + " FROM ledger_entry e JOIN funding_round r ON r.id = e.funding_round_id"
            + " JOIN funding_programme p ON p.id = r.programme_id"
            + " JOIN organisation f ON f.id = r.funder_id"
            + " LEFT JOIN bid b ON b.id = e.bid_id"
            + " LEFT JOIN organisation o ON o.id = COALESCE(e.organisation_id, b.lead_organisation_id)"
            + " LEFT JOIN force_area fa ON fa.id = COALESCE(e.force_area_id, b.force_area_id)"
            + where
            + " GROUP BY "
            + by.keySql()
            + ", "
            + by.labelSql()
            + " ORDER BY "
            + by.keySql();
    return new Query(sql, parameters);
  }

  private static String bidScope(FinanceScope scope, String bidReference, List<Object> parameters) {
    StringBuilder where = new StringBuilder();
    if (scope.organisationId() != null) {
      parameters.add(scope.organisationId());
      int funder = parameters.size();
      parameters.add(scope.organisationId());
      where.append(" AND (r.funder_id = ?").append(funder).append(" OR b.lead_organisation_id = ?")
          .append(parameters.size()).append(')');
    }
    roundAndProgramme(scope, parameters, where);
    if (bidReference != null) {
      parameters.add(bidReference);
      where.append(" AND b.reference = ?").append(parameters.size());
    }
    return where.toString();
  }

  private static void roundAndProgramme(FinanceScope scope, List<Object> parameters, StringBuilder where) {
    if (scope.roundReference() != null) {
      parameters.add(scope.roundReference());
      where.append(" AND r.reference = ?").append(parameters.size());
    }
    if (scope.programmeCode() != null) {
      parameters.add(scope.programmeCode());
      where.append(" AND p.code = ?").append(parameters.size());
    }
  }
}
