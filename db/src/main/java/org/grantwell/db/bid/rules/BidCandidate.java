package org.grantwell.db.bid.rules;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * A bid as the rules see it, possibly an incomplete draft: text fields may be blank, a null list is
 * read as empty, and a null lead type is reported as ineligible. The grant requested is never typed
 * in; it is the sum of the budget lines. {@code approvedProfile} is null until the funder approves
 * a per-year profile.
 */
public record BidCandidate(
    OrganisationType leadType,
    String title,
    String summary,
    String problemStatement,
    List<String> interventions,
    List<String> locations,
    List<BudgetLineData> budgetLines,
    List<MatchData> matchContributions,
    List<OutcomeData> outcomes,
    List<AttachmentData> attachments,
    Map<FinancialYear, Money> approvedProfile,
    boolean yearMoveApproved) implements java.io.Serializable {

  public BidCandidate {
    interventions = copy(interventions);
    locations = copy(locations);
    budgetLines = copy(budgetLines);
    matchContributions = copy(matchContributions);
    outcomes = copy(outcomes);
    attachments = copy(attachments);
    approvedProfile = approvedProfile == null ? null : Map.copyOf(approvedProfile);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** The sum of the budget lines. */
  public Money grantRequested() {
    return budgetLines.stream().map(BudgetLineData::amount).reduce(Money.ZERO, Money::plus);
  }

  /** The budget lines summed per financial year, earliest year first. */
  public SortedMap<FinancialYear, Money> totalsByYear() {
    SortedMap<FinancialYear, Money> totals = new TreeMap<>();
    budgetLines.forEach(line -> totals.merge(line.year(), line.amount(), Money::plus));
    return totals;
  }

  /** The sum of the capital budget lines. */
  public Money capitalTotal() {
    return budgetLines.stream()
        .filter(BudgetLineData::capital)
        .map(BudgetLineData::amount)
        .reduce(Money.ZERO, Money::plus);
  }
}
