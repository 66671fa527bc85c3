package org.grantwell.db.bid;

import java.util.List;
import java.util.Set;
import org.grantwell.db.bid.rules.BudgetLineData;
import org.grantwell.db.bid.rules.MatchData;
import org.grantwell.db.bid.rules.OutcomeData;

/** Everything a bidder writes in a bid, replaced as a whole when a draft is saved. */
public record BidContent(
    String title,
    String summary,
    String problemStatement,
    Set<Intervention> interventions,
    List<BidLocation> locations,
    List<BudgetLineData> budgetLines,
    List<MatchData> matchFunding,
    List<String> matchEvidence,
    List<OutcomeData> outcomes,
    List<BidRisk> risks) implements java.io.Serializable {

  public BidContent {
    title = title == null ? "" : title.strip();
    summary = summary == null ? "" : summary.strip();
    problemStatement = problemStatement == null ? "" : problemStatement.strip();
    interventions = interventions == null ? Set.of() : Set.copyOf(interventions);
    locations = locations == null ? List.of() : List.copyOf(locations);
    budgetLines = budgetLines == null ? List.of() : List.copyOf(budgetLines);
    matchFunding = matchFunding == null ? List.of() : List.copyOf(matchFunding);
    matchEvidence = matchEvidence == null ? List.of() : matchEvidence;
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    risks = risks == null ? List.of() : List.copyOf(risks);
  }
}
