package org.grantwell.workflow.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.bid.rules.MatchBase;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.round.ApplicationWindow;
import org.grantwell.db.round.AssessmentCriterion;
import org.grantwell.db.round.RoundRuleSet;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.InvalidInputException;

/** Turns a funder's round configuration into a {@link NewRound}, or refuses it with a message per field. */
final class RoundInputMapper {

  private final List<FieldError> errors = new ArrayList<>();

  static NewRound toNewRound(RoundInput input, String funderIdentifier) {
    RoundInputMapper mapper = new RoundInputMapper();
    NewRound round = mapper.map(input, funderIdentifier);
    if (!mapper.errors.isEmpty()) {
      throw new InvalidInputException(mapper.errors);
    }
    return round;
  }

  static Money amount(String field, BigDecimal value) {
    RoundInputMapper mapper = new RoundInputMapper();
    Money money = mapper.money(field, value, true);
    if (!mapper.errors.isEmpty()) {
      throw new InvalidInputException(mapper.errors);
    }
    return money;
  }

  private NewRound map(RoundInput in, String funderIdentifier) {
    String reference = required("reference", in.reference());
    if (reference != null && !reference.matches("[A-Z0-9][A-Z0-9-]{1,31}")) {
      error("reference", "A round reference is 2-32 capital letters, digits and dashes, like SSF-R7");
    }
    String name = required("name", in.name());
    LocalDateTime opens = time("opensAt", in.opensAt());
    LocalDateTime closes = time("closesAt", in.closesAt());
    ApplicationWindow window = null;
    if (opens != null && closes != null) {
      if (!closes.isAfter(opens)) {
        error("closesAt", "The window must close after it opens");
      } else {
        window = ApplicationWindow.inLondon(opens, closes);
      }
    }
    Money pot = money("pot", in.pot(), true);
    Money minBid = money("minBid", in.minBid() == null ? BigDecimal.ZERO : in.minBid(), false);
    Money maxBid = money("maxBid", in.maxBid(), true);
    if (minBid != null && maxBid != null && minBid.isGreaterThan(maxBid)) {
      error("minBid", "The minimum bid cannot be above the maximum bid");
    }
    LocalDate spendStart = date("spendStart", in.spendStart());
    LocalDate spendBy = date("spendBy", in.spendBy());
    if (spendStart != null && spendBy != null && !spendBy.isAfter(spendStart)) {
      error("spendBy", "The spend-by date must be after the spending start");
    }
    RoundRuleSet rules = rules(in.rules());
    return new NewRound(reference, name, required("programmeCode", in.programmeCode()), window, pot, minBid, maxBid,
        spendStart, spendBy, rules, funderIdentifier);
  }

  private RoundRuleSet rules(RoundInput.Rules in) {
    if (in == null) {
      error("rules", "Give the round's rules");
      return null;
    }
    Set<OrganisationType> leads = types("rules.eligibleLeadTypes", in.eligibleLeadTypes());
    if (leads.isEmpty()) {
      error("rules.eligibleLeadTypes", "Name at least one kind of organisation that may lead a bid");
    }
    Map<FinancialYear, Money> caps = new HashMap<>();
    if (in.yearCaps() != null) {
      in.yearCaps().forEach((label, cap) -> {
        String field = "rules.yearCaps[" + label + "]";
        try {
          Money money = money(field, cap, true);
          if (money != null) {
            caps.put(FinancialYear.parse(label), money);
          }
        } catch (IllegalArgumentException e) {
          error(field, "Write the financial year like 2027-28");
        }
      });
    }
    if (in.maxBidsPerArea() != null && in.maxBidsPerArea() < 1) {
      error("rules.maxBidsPerArea", "At least one bid per area, or leave it empty for no limit");
    }
    BigDecimal match = percent("rules.matchPercent", in.matchPercent() == null ? BigDecimal.ZERO : in.matchPercent(), true);
    MatchBase base = in.matchBase() == null ? MatchBase.GRANT_REQUESTED : enumValue("rules.matchBase", MatchBase.class, in.matchBase());
    BigDecimal capital = in.maxCapitalPercent() == null ? null : percent("rules.maxCapitalPercent", in.maxCapitalPercent(), false);
    List<AssessmentCriterion> criteria = criteria(in.criteria());
    if (leads.isEmpty() || base == null) {
      return null;
    }
    return new RoundRuleSet(leads, caps, in.maxBidsPerArea(), match, base, !Boolean.FALSE.equals(in.matchInKindCounts()),
        types("rules.matchLeadTypes", in.matchLeadTypes()), capital,
        in.costCategories() == null ? Set.of() : new HashSet<>(in.costCategories().stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList()),
        criteria, percent("rules.passMark", in.passMark(), false), in.moderationThreshold());
  }

  private List<AssessmentCriterion> criteria(List<RoundInput.Criterion> in) {
    List<AssessmentCriterion> out = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; in != null && i < in.size(); i++) {
      RoundInput.Criterion c = in.get(i);
      String field = "rules.criteria[" + i + "]";
      if (c == null || c.weight() == null || c.scaleMax() == null || c.weight().signum() <= 0 || c.scaleMax() < 1) {
        error(field, "A criterion needs a code, a title, guidance, a weight above 0 and a scale of at least 1");
        continue;
      }
      total = total.add(c.weight());
      out.add(new AssessmentCriterion(String.valueOf(c.code()), String.valueOf(c.title()), c.guidance() == null ? "" : c.guidance(), c.weight(), c.scaleMax()));
    }
    if (!out.isEmpty() && total.compareTo(BigDecimal.valueOf(100)) != 0) {
      error("rules.criteria", "The criteria's weights add up to " + total.toPlainString() + "%; they must add up to 100%");
    }
    return out;
  }

  private Set<OrganisationType> types(String field, List<String> names) {
    Set<OrganisationType> out = EnumSet.noneOf(OrganisationType.class);
    for (int i = 0; names != null && i < names.size(); i++) {
      OrganisationType type = enumValue(field + "[" + i + "]", OrganisationType.class, names.get(i));
      if (type != null) {
        out.add(type);
      }
    }
    return out;
  }

  private <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (value != null && constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
        return constant;
      }
    }
    error(field, "Choose one of " + EnumSet.allOf(type));
    return null;
  }

  private Money money(String field, BigDecimal value, boolean positive) {
    if (value == null) {
      error(field, "Enter an amount in pounds");
      return null;
    }
    if (value.signum() < 0 || (positive && value.signum() == 0)) {
      error(field, positive ? "The amount must be more than £0.00" : "The amount cannot be negative");
      return null;
    }
    try {
      return Money.of(value);
    } catch (IllegalArgumentException e) {
      error(field, e.getMessage());
      return null;
    }
  }

  private BigDecimal percent(String field, BigDecimal value, boolean belowHundred) {
    if (value == null) {
      return null;
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || (belowHundred && value.compareTo(BigDecimal.valueOf(100)) == 0)) {
      error(field, "A percentage between 0 and " + (belowHundred ? "99.99" : "100"));
      return null;
    }
    return value;
  }

  private LocalDateTime time(String field, String value) {
    try {
      return LocalDateTime.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      error(field, "Give a London time like 2027-01-31T23:59");
      return null;
    }
  }

  private LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      error(field, "Give a date like 2027-04-01");
      return null;
    }
  }

  private String required(String field, String value) {
    if (value == null || value.isBlank()) {
      error(field, "This is required");
      return null;
    }
    return value.strip();
  }

  private void error(String field, String message) {
    errors.add(new FieldError("INVALID_VALUE", field, message));
  }
}
