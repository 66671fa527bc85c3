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
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.InvalidInputException;

/**
 * Turns what a client sent into bid content, or refuses it whole with a message per field. Round
 * rules are not checked here (a draft may still break them; the checks list them): only input that
 * cannot be stored at all is refused: unreadable years, quarters outside 1-4, fractions of a penny,
 * negative amounts, unknown list values, text too long.
 */
final class BidDraftMapper {

  static final String INVALID = "INVALID_VALUE";
  static final String TOO_LONG = "TOO_LONG";
  static final String REQUIRED = "FIELD_REQUIRED";

  private final List<FieldError> errors = new ArrayList<>();

  static BidContent toContent(BidDraft draft) {
    BidDraftMapper mapper = new BidDraftMapper();
    BidContent content = mapper.map(draft);
    if (!mapper.errors.isEmpty()) {
      throw new InvalidInputException(mapper.errors);
    }
    return content;
  }

  private BidContent map(BidDraft draft) {
    return new BidContent(
        text("title", draft.title(), 255),
        text("summary", draft.summary(), 4000),
        text("problemStatement", draft.problemStatement(), 8000),
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

  private record Indexed<T>(String path, T value) {}

  private <I, O> List<O> each(String field, List<I> items, Function<Indexed<I>, O> map) {
    List<O> out = new ArrayList<>();
    if (items == null) {
      return out;
    }
    if (items.size() > 500) {
      errors.add(new FieldError(INVALID, field, "At most 500 entries are allowed here"));
      return out;
    }
    for (int i = 0; i < items.size(); i++) {
      String path = field + "[" + i + "]";
      if (items.get(i) == null) {
        errors.add(new FieldError(REQUIRED, path, "Entry " + (i + 1) + " is empty"));
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
      Intervention intervention = enumValue("interventions[" + i + "]", Intervention.class, names.get(i));
      if (intervention != null) {
        out.add(intervention);
      }
    }
    return out;
  }

  private BidLocation location(Indexed<BidDraft.Location> in) {
    return new BidLocation(
        text(in.path() + ".localAuthority", in.value().localAuthority(), 128),
        text(in.path() + ".description", in.value().description(), 500));
  }

  private BudgetLineData budgetLine(Indexed<BidDraft.BudgetLine> in) {
    BidDraft.BudgetLine line = in.value();
    FinancialYear year = year(in.path() + ".financialYear", line.financialYear());
    Integer quarter = line.quarter();
    if (quarter == null || quarter < 1 || quarter > 4) {
      errors.add(new FieldError(INVALID, in.path() + ".quarter", "The quarter is 1, 2, 3 or 4 (Q1 is April to June)"));
    }
    String category = text(in.path() + ".category", line.category(), 64);
    Money amount = amount(in.path() + ".amount", line.amount());
    if (year == null || quarter == null || quarter < 1 || quarter > 4 || amount == null) {
      return null;
    }
    return new BudgetLineData(
        year, quarter, category, Boolean.TRUE.equals(line.capital()), text(in.path() + ".description", line.description(), 500), amount);
  }

  private MatchData match(Indexed<BidDraft.Match> in) {
    BidDraft.Match match = in.value();
    FinancialYear year = year(in.path() + ".financialYear", match.financialYear());
    Money amount = amount(in.path() + ".amount", match.amount());
    MatchStatus status =
        match.status() == null ? MatchStatus.PLEDGED : enumValue(in.path() + ".status", MatchStatus.class, match.status());
    text(in.path() + ".evidence", match.evidence(), 500);
    if (year == null || amount == null || status == null) {
      return null;
    }
    return new MatchData(text(in.path() + ".source", match.source(), 255), year, amount, Boolean.TRUE.equals(match.inKind()), status);
  }

  private OutcomeData outcome(Indexed<BidDraft.Outcome> in) {
    BidDraft.Outcome outcome = in.value();
    return new OutcomeData(
        text(in.path() + ".indicator", outcome.indicator(), 255),
        text(in.path() + ".unit", outcome.unit(), 64),
        number(in.path() + ".baseline", outcome.baseline()),
        number(in.path() + ".target", outcome.target()),
        text(in.path() + ".howMeasured", outcome.howMeasured(), 1000));
  }

  private BidRisk risk(Indexed<BidDraft.Risk> in) {
    BidDraft.Risk risk = in.value();
    BidRisk.Rating likelihood = enumValue(in.path() + ".likelihood", BidRisk.Rating.class, risk.likelihood());
    BidRisk.Rating impact = enumValue(in.path() + ".impact", BidRisk.Rating.class, risk.impact());
    String description = text(in.path() + ".description", risk.description(), 1000);
    String mitigation = text(in.path() + ".mitigation", risk.mitigation(), 1000);
    return likelihood == null || impact == null ? null : new BidRisk(description, likelihood, impact, mitigation);
  }

  private String text(String field, String value, int max) {
    String text = value == null ? "" : value.strip();
    if (text.length() > max) {
      errors.add(new FieldError(TOO_LONG, field, "This is " + text.length() + " characters long; at most " + max + " are allowed"));
      return text.substring(0, max);
    }
    return text;
  }

  private FinancialYear year(String field, String value) {
    try {
      return FinancialYear.parse(value);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(INVALID, field, "Write the financial year like 2027-28, not " + (value == null ? "nothing" : "'" + value + "'")));
      return null;
    }
  }

  private Money amount(String field, BigDecimal value) {
    if (value == null) {
      errors.add(new FieldError(REQUIRED, field, "Enter an amount in pounds"));
      return null;
    }
    if (value.signum() < 0) {
      errors.add(new FieldError(INVALID, field, "An amount cannot be negative"));
      return null;
    }
    try {
      return Money.of(value);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(INVALID, field, e.getMessage()));
      return null;
    }
  }

  private BigDecimal number(String field, BigDecimal value) {
    if (value == null) {
      errors.add(new FieldError(REQUIRED, field, "Enter a number"));
      return BigDecimal.ZERO;
    }
    if (value.abs().compareTo(Money.MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError(INVALID, field, "Enter a number with at most two decimal places and below a trillion"));
      return BigDecimal.ZERO;
    }
    return value;
  }

  private <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
    if (value != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
          return constant;
        }
      }
    }
    List<String> allowed = EnumSet.allOf(type).stream().map(Enum::name).toList();
    errors.add(new FieldError(INVALID, field, "Choose one of " + String.join(", ", allowed)));
    return null;
  }
}
