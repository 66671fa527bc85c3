package org.grantwell.workflow.bid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.grantwell.db.bid.BidContent;
import org.grantwell.db.bid.BidLocation;
import org.grantwell.db.bid.BidRisk;
import org.grantwell.db.bid.Intervention;
import org.grantwell.db.bid.rules.BudgetLineData;
import org.grantwell.db.bid.rules.MatchData;
import org.grantwell.db.bid.rules.MatchStatus;
import org.grantwell.db.bid.rules.OutcomeData;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.shared.InputChecks;

/**
 * Turns what a client sent into bid content, or refuses it whole with a message per field. Round
 * rules are not checked here (a draft may still break them; the checks list them): only input that
 * cannot be stored at all is refused: unreadable years, quarters outside 1-4, fractions of a penny,
 * negative amounts, unknown list values, text too long.
 */
final class BidDraftMapper {

  private final InputChecks checks = new InputChecks();

  static BidContent toContent(BidDraft draft) {
    BidDraftMapper mapper = new BidDraftMapper();
    BidContent content = mapper.map(draft);
    mapper.checks.throwIfAny();
    return content;
  }

  private BidContent map(BidDraft draft) {
    return new BidContent(
        checks.text("title", draft.title(), 255),
        checks.text("summary", draft.summary(), 4000),
        checks.text("problemStatement", draft.problemStatement(), 8000),
        interventions(draft.interventions()),
        each("locations", draft.locations(), this::location),
        each("budgetLines", draft.budgetLines(), this::budgetLine),
        each("matchFunding", draft.matchFunding(), this::match),
        draft.matchFunding() == null
            ? List.of()
            : draft.matchFunding().stream().map(m -> m == null ? null : m.evidence()).toList(),
        each("outcomes", draft.outcomes(), this::outcome),
        each("risks", draft.risks(), this::risk));
  }

  private record Indexed<T>(String path, T value) implements java.io.Serializable {}

  private <I, O> List<O> each(String field, List<I> items, Function<Indexed<I>, O> map) {
    List<O> out = new ArrayList<>();
    if (items == null) {
      return out;
    }
    if (items.size() > 500) {
      checks.add(InputChecks.INVALID, field, "At most 500 entries are allowed here");
      return out;
    }
    for (int i = 0; i < items.size(); i++) {
      String path = field + "[" + i + "]";
      if (items.get(i) == null) {
        checks.add(InputChecks.REQUIRED, path, "Entry " + (i + 1) + " is empty");
        continue;
      }
      O mapped = map.apply(new Indexed<>(path, items.get(i)));
      if (mapped != null) {
        out.add(mapped);
      }
    }
    return out;
  }

  private Set<Intervention> interventions(List<String> names) {
    Set<Intervention> out = EnumSet.noneOf(Intervention.class);
    for (int i = 0; names != null && i < names.size(); i++) {
      Intervention intervention = checks.enumValue("interventions[" + i + "]", Intervention.class, names.get(i));
      if (intervention != null) {
        out.add(intervention);
      }
    }
    return out;
  }

  private BidLocation location(Indexed<BidDraft.Location> in) {
    return new BidLocation(
        checks.text(in.path() + ".localAuthority", in.value().localAuthority(), 128),
        checks.text(in.path() + ".description", in.value().description(), 500));
  }

  private BudgetLineData budgetLine(Indexed<BidDraft.BudgetLine> in) {
    BidDraft.BudgetLine line = in.value();
    FinancialYear year = checks.year(in.path() + ".financialYear", line.financialYear());
    Integer quarter = line.quarter();
    if (quarter == null || quarter < 1 || quarter > 4) {
      checks.add(InputChecks.INVALID, in.path() + ".quarter", "The quarter is 1, 2, 3 or 4 (Q1 is April to June)");
    }
    String category = checks.text(in.path() + ".category", line.category(), 64);
    Money amount = checks.money(in.path() + ".amount", line.amount(), true);
    if (year == null || quarter == null || quarter < 1 || quarter > 4 || amount == null) {
      return null;
    }
    return new BudgetLineData(
        year, quarter, category, Boolean.TRUE.equals(line.capital()), checks.text(in.path() + ".description", line.description(), 500), amount);
  }

  private MatchData match(Indexed<BidDraft.Match> in) {
    BidDraft.Match match = in.value();
    FinancialYear year = checks.year(in.path() + ".financialYear", match.financialYear());
    Money amount = checks.money(in.path() + ".amount", match.amount(), true);
    MatchStatus status =
        match.status() == null ? MatchStatus.PLEDGED : checks.enumValue(in.path() + ".status", MatchStatus.class, match.status());
    checks.text(in.path() + ".evidence", match.evidence(), 500);
    if (year == null || amount == null || status == null) {
      return null;
    }
    return new MatchData(checks.text(in.path() + ".source", match.source(), 255), year, amount, Boolean.TRUE.equals(match.inKind()), status);
  }

  private OutcomeData outcome(Indexed<BidDraft.Outcome> in) {
    BidDraft.Outcome outcome = in.value();
    return new OutcomeData(
        checks.text(in.path() + ".indicator", outcome.indicator(), 255),
        checks.text(in.path() + ".unit", outcome.unit(), 64),
        number(in.path() + ".baseline", outcome.baseline()),
        number(in.path() + ".target", outcome.target()),
        checks.text(in.path() + ".howMeasured", outcome.howMeasured(), 1000));
  }

  private BidRisk risk(Indexed<BidDraft.Risk> in) {
    BidDraft.Risk risk = in.value();
    BidRisk.Rating likelihood = checks.enumValue(in.path() + ".likelihood", BidRisk.Rating.class, risk.likelihood());
    BidRisk.Rating impact = checks.enumValue(in.path() + ".impact", BidRisk.Rating.class, risk.impact());
    String description = checks.text(in.path() + ".description", risk.description(), 1000);
    String mitigation = checks.text(in.path() + ".mitigation", risk.mitigation(), 1000);
    return likelihood == null || impact == null ? null : new BidRisk(description, likelihood, impact, mitigation);
  }

  private BigDecimal number(String field, BigDecimal value) {
    if (value == null) {
      checks.add(InputChecks.REQUIRED, field, "Enter a number");
      return BigDecimal.ZERO;
    }
    if (value.abs().compareTo(Money.MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
      checks.add(InputChecks.INVALID, field, "Enter a number with at most two decimal places and below a trillion");
      return BigDecimal.ZERO;
    }
    return value;
  }

}
