package org.grantwell.workflow.bid;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidContent;
import org.grantwell.db.bid.BidVersion;
import org.grantwell.db.bid.rules.BidCandidate;
import org.grantwell.db.bid.rules.MatchData;
import org.grantwell.db.bid.rules.Violation;
import org.grantwell.db.shared.Money;

/** Builds the views of a bid from the aggregate. */
final class BidViews {

  private BidViews() {}

  static BidView view(Bid bid, List<Violation> violations, List<BidVersion> versions) {
    BidCandidate candidate = bid.toCandidate();
    Map<String, BigDecimal> byYear = new LinkedHashMap<>();
    candidate.totalsByYear().forEach((year, total) -> byYear.put(year.label(), total.amount()));
    Money match = candidate.matchContributions().stream().map(MatchData::amount).reduce(Money.ZERO, Money::plus);
    return new BidView(
        bid.getId(),
        bid.getReference(),
        bid.getVersion(),
        bid.getStatus().name(),
        bid.getRound().getReference(),
        bid.getRound().getName(),
        bid.getLeadOrganisation().getId(),
        bid.getLeadOrganisation().getName(),
        bid.getLeadOrganisation().getType().name(),
        bid.getForceArea().getCode(),
        bid.getPccOffice().getName(),
        candidate.grantRequested().amount(),
        match.amount(),
        byYear,
        draft(bid),
        violations.stream().map(v -> new RuleViolation(v.code().name(), v.field(), v.message())).toList(),
        bid.getCreatedBy(),
        bid.getCreatedAt(),
        bid.getUpdatedBy(),
        bid.getUpdatedAt(),
        applicant(bid.getApplicantProfile()),
        versions.stream()
            .map(v -> new BidVersionView(v.getVersionNumber(), v.getReason(), v.getGrantRequested().amount(), v.getCreatedBy(), v.getCreatedAt()))
            .toList());
  }

  private static JsonObject applicant(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  static BidSummary summary(Bid bid) {
    return new BidSummary(
        bid.getId(),
        bid.getReference(),
        bid.getTitle(),
        bid.getStatus().name(),
        bid.getRound().getReference(),
        bid.getLeadOrganisation().getName(),
        bid.getForceArea().getCode(),
        bid.grantRequested().amount(),
        bid.getUpdatedAt());
  }

  private static BidDraft draft(Bid bid) {
    BidContent content = bid.content();
    List<BidDraft.Match> match = new java.util.ArrayList<>();
    for (int i = 0; i < content.matchFunding().size(); i++) {
      MatchData m = content.matchFunding().get(i);
      match.add(
          new BidDraft.Match(
              m.source(), m.year().label(), m.amount().amount(), m.inKind(), m.status().name(), content.matchEvidence().get(i)));
    }
    return new BidDraft(
        bid.getRound().getReference(),
        bid.getForceArea().getCode(),
        bid.getVersion(),
        content.title(),
        content.summary(),
        content.problemStatement(),
        content.interventions().stream().map(Enum::name).sorted().toList(),
        content.locations().stream().map(l -> new BidDraft.Location(l.getLocalAuthority(), l.getDescription())).toList(),
        content.budgetLines().stream()
            .map(l -> new BidDraft.BudgetLine(l.year().label(), l.quarter(), l.category(), l.capital(), l.description(), l.amount().amount()))
            .toList(),
        match,
        content.outcomes().stream()
            .map(o -> new BidDraft.Outcome(o.indicator(), o.unit(), o.baseline(), o.target(), o.howMeasured()))
            .toList(),
        content.risks().stream()
            .map(r -> new BidDraft.Risk(r.getDescription(), r.getLikelihood().name(), r.getImpact().name(), r.getMitigation()))
            .toList());
  }
}
