package org.grantwell.workflow.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.grantwell.workflow.shared.InputChecks;

/** Turns a funder's round configuration into a {@link NewRound}, or refuses it with a message per field. */
final class RoundInputMapper {

  private final InputChecks checks = new InputChecks();

  static NewRound toNewRound(RoundInput input, String funderIdentifier) {
    RoundInputMapper mapper = new RoundInputMapper();
    NewRound round = mapper.map(input, funderIdentifier);
    mapper.checks.throwIfAny();
    return round;
  }

  static Money amount(String field, BigDecimal value) {
    RoundInputMapper mapper = new RoundInputMapper();
    Money money = mapper.checks.money(field, value, false);
    mapper.checks.throwIfAny();
    return money;
  }

  private NewRound map(RoundInput in, String funderIdentifier) {
    String reference = checks.required("reference", in.reference());
    if (reference != null && !reference.matches("[A-Z0-9][A-Z0-9-]{1,31}")) {
      checks.invalid("reference", "A round reference is 2-32 capital letters, digits and dashes, like SSF-R7");
    }
    String name = checks.required("name", in.name());
    name = name == null ? null : checks.text("name", name, 255);
    LocalDateTime opens = time("opensAt", in.opensAt());
    LocalDateTime closes = time("closesAt", in.closesAt());
    ApplicationWindow window = null;
    if (opens != null && closes != null) {
      if (!closes.isAfter(opens)) {
        checks.invalid("closesAt", "The window must close after it opens");
      } else {
        window = ApplicationWindow.inLondon(opens, closes);
      }
    }
    Money pot = checks.money("pot", in.pot(), false);
    Money minBid = checks.money("minBid", in.minBid() == null ? BigDecimal.ZERO : in.minBid(), true);
    Money maxBid = checks.money("maxBid", in.maxBid(), false);
    if (minBid != null && maxBid != null && minBid.isGreaterThan(maxBid)) {
      checks.invalid("minBid", "The minimum bid cannot be above the maximum bid");
    }
    LocalDate spendStart = date("spendStart", in.spendStart());
    LocalDate spendBy = date("spendBy", in.spendBy());
    if (spendStart != null && spendBy != null && !spendBy.isAfter(spendStart)) {
      checks.invalid("spendBy", "The spend-by date must be after the spending start");
    }
    RoundRuleSet rules = rules(in.rules());
    String programme = checks.required("programmeCode", in.programmeCode());
    programme = programme == null ? null : checks.text("programmeCode", programme, 32);
    return new NewRound(reference, name, programme, window, pot, minBid, maxBid,
        spendStart, spendBy, rules, funderIdentifier);
  }

  private RoundRuleSet rules(RoundInput.Rules in) {
    if (in == null) {
      checks.invalid("rules", "Give the round's rules");
      return null;
    }
    Set<OrganisationType> leads = types("rules.eligibleLeadTypes", in.eligibleLeadTypes());
    if (leads.isEmpty()) {
      checks.invalid("rules.eligibleLeadTypes", "Name at least one kind of organisation that may lead a bid");
    }
    Map<FinancialYear, Money> caps = new HashMap<>();
    if (in.yearCaps() != null) {
      in.yearCaps().forEach((label, cap) -> {
        String field = "rules.yearCaps[" + label + "]";
        try {
          Money money = checks.money(field, cap, false);
          if (money != null) {
            caps.put(FinancialYear.parse(label), money);
          }
        } catch (IllegalArgumentException e) {
          checks.invalid(field, "Write the financial year like 2027-28");
        }
      });
    }
    if (in.maxBidsPerArea() != null && in.maxBidsPerArea() < 1) {
      checks.invalid("rules.maxBidsPerArea", "At least one bid per area, or leave it empty for no limit");
    }
    BigDecimal match = percent("rules.matchPercent", in.matchPercent() == null ? BigDecimal.ZERO : in.matchPercent(), true);
    MatchBase base = in.matchBase() == null ? MatchBase.GRANT_REQUESTED : checks.enumValue("rules.matchBase", MatchBase.class, in.matchBase());
    BigDecimal capital = in.maxCapitalPercent() == null ? null : percent("rules.maxCapitalPercent", in.maxCapitalPercent(), false);
    Set<String> categories = categories(in.costCategories());
    BigDecimal moderation = percent("rules.moderationThreshold", in.moderationThreshold(), false);
    List<AssessmentCriterion> criteria = criteria(in.criteria());
    if (leads.isEmpty() || base == null) {
      return null;
    }
    return new RoundRuleSet(leads, caps, in.maxBidsPerArea(), match, base, !Boolean.FALSE.equals(in.matchInKindCounts()),
        types("rules.matchLeadTypes", in.matchLeadTypes()), capital,
        categories, criteria, percent("rules.passMark", in.passMark(), false), moderation);
  }

  /** Upper-case names of at most 64 characters; none means any category. */
  private Set<String> categories(List<String> names) {
    Set<String> out = new HashSet<>();
    for (int i = 0; names != null && i < names.size(); i++) {
      String name = names.get(i);
      if (name == null || name.isBlank()) {
        checks.invalid("rules.costCategories", "Cost category " + (i + 1) + " has no name");
      } else if (name.strip().length() > 64) {
        checks.add(InputChecks.TOO_LONG, "rules.costCategories", "Cost category " + (i + 1) + " is longer than 64 characters");
      } else {
        out.add(name.strip().toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  private List<AssessmentCriterion> criteria(List<RoundInput.Criterion> in) {
    List<AssessmentCriterion> out = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; in != null && i < in.size(); i++) {
      RoundInput.Criterion c = in.get(i);
      String field = "rules.criteria[" + i + "]";
      if (c == null || c.weight() == null || c.scaleMax() == null || c.weight().signum() <= 0 || c.scaleMax() < 1) {
        checks.invalid(field, "A criterion needs a code, a title, guidance, a weight above 0 and a scale of at least 1");
        continue;
      }
      if (c.weight().compareTo(BigDecimal.valueOf(100)) > 0 || c.weight().stripTrailingZeros().scale() > 2) {
        checks.invalid(field, "A criterion's weight is a percentage above 0, at most 100, with at most two decimal places");
        continue;
      }
      if (String.valueOf(c.code()).length() > 32 || String.valueOf(c.title()).length() > 255
          || (c.guidance() != null && c.guidance().length() > 4000)) {
        checks.add(InputChecks.TOO_LONG, field, "A criterion's code is at most 32 characters, its title 255 and its guidance 4000");
        continue;
      }
      total = total.add(c.weight());
      out.add(new AssessmentCriterion(String.valueOf(c.code()), String.valueOf(c.title()), c.guidance() == null ? "" : c.guidance(), c.weight(), c.scaleMax()));
    }
    if (!out.isEmpty() && total.compareTo(BigDecimal.valueOf(100)) != 0) {
      checks.invalid("rules.criteria", "The criteria's weights add up to " + total.toPlainString() + "%; they must add up to 100%");
    }
    return out;
  }

  private Set<OrganisationType> types(String field, List<String> names) {
    Set<OrganisationType> out = EnumSet.noneOf(OrganisationType.class);
    for (int i = 0; names != null && i < names.size(); i++) {
      OrganisationType type = checks.enumValue(field + "[" + i + "]", OrganisationType.class, names.get(i));
      if (type != null) {
        out.add(type);
      }
    }
    return out;
  }

  private BigDecimal percent(String field, BigDecimal value, boolean belowHundred) {
    if (value == null) {
      return null;
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || (belowHundred && value.compareTo(BigDecimal.valueOf(100)) == 0)
        || value.stripTrailingZeros().scale() > 2) {
      checks.invalid(field, "A percentage between 0 and " + (belowHundred ? "99.99" : "100") + " with at most two decimal places");
      return null;
    }
    return value;
  }

  private LocalDateTime time(String field, String value) {
    return checks.dateTime(field, value);
  }

  private LocalDate date(String field, String value) {
    return checks.date(field, value);
  }

}
