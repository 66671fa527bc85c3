package org.grantwell.db.bid.rules;

import java.util.List;
import java.util.Map;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/** Test helper: a mutable recipe for a {@link BidCandidate}, one change per test. */
final class BidBuilder {

  private OrganisationType lead;
  private String title;
  private String summary;
  private String problemStatement;
  private List<String> interventions = List.of();
  private List<String> locations = List.of();
  private List<BudgetLineData> lines = List.of();
  private List<MatchData> match = List.of();
  private List<OutcomeData> outcomes = List.of();
  private List<AttachmentData> attachments = List.of();
  private Map<FinancialYear, Money> approvedProfile;
  private boolean yearMoveApproved;

  BidBuilder lead(OrganisationType value) {
    lead = value;
    return this;
  }

  BidBuilder title(String value) {
    title = value;
    return this;
  }

  BidBuilder summary(String value) {
    summary = value;
    return this;
  }

  BidBuilder problemStatement(String value) {
    problemStatement = value;
    return this;
  }

  BidBuilder interventions(List<String> value) {
    interventions = value;
    return this;
  }

  BidBuilder locations(List<String> value) {
    locations = value;
    return this;
  }

  BidBuilder lines(List<BudgetLineData> value) {
    lines = value;
    return this;
  }

  BidBuilder lines(BudgetLineData... value) {
    return lines(List.of(value));
  }

  BidBuilder match(List<MatchData> value) {
    match = value;
    return this;
  }

  BidBuilder match(MatchData... value) {
    return match(List.of(value));
  }

  BidBuilder outcomes(List<OutcomeData> value) {
    outcomes = value;
    return this;
  }

  BidBuilder attachments(List<AttachmentData> value) {
    attachments = value;
    return this;
  }

  BidBuilder attachments(AttachmentData... value) {
    return attachments(List.of(value));
  }

  BidBuilder approvedProfile(Map<FinancialYear, Money> value) {
    approvedProfile = value;
    return this;
  }

  BidBuilder yearMoveApproved(boolean value) {
    yearMoveApproved = value;
    return this;
  }

  BidCandidate build() {
    return new BidCandidate(
        lead,
        title,
        summary,
        problemStatement,
        interventions,
        locations,
        lines,
        match,
        outcomes,
        attachments,
        approvedProfile,
        yearMoveApproved);
  }
}
