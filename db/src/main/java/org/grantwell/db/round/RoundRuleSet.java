package org.grantwell.db.round;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.bid.rules.MatchBase;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * The configurable rules of a round, as a funder's officer sets them (the pot, windows and bid
 * range are on the round itself). Null means "no such limit".
 */
public record RoundRuleSet(
    Set<OrganisationType> eligibleLeadTypes,
    Map<FinancialYear, Money> yearCaps,
    Integer maxBidsPerArea,
    BigDecimal matchPercent,
    MatchBase matchBase,
    boolean matchInKindCounts,
    Set<OrganisationType> matchLeadTypes,
    BigDecimal maxCapitalPercent,
    Set<String> costCategories,
    List<AssessmentCriterion> criteria,
    BigDecimal passMark,
    BigDecimal moderationThreshold) implements java.io.Serializable {

  public RoundRuleSet {
    eligibleLeadTypes = Set.copyOf(eligibleLeadTypes);
    yearCaps = Map.copyOf(yearCaps);
    matchPercent = matchPercent == null ? BigDecimal.ZERO : matchPercent;
    matchBase = matchBase == null ? MatchBase.GRANT_REQUESTED : matchBase;
    matchLeadTypes = matchLeadTypes == null ? Set.of() : Set.copyOf(matchLeadTypes);
    costCategories = costCategories == null ? Set.of() : Set.copyOf(costCategories);
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    if (eligibleLeadTypes.isEmpty()) {
      throw new IllegalArgumentException("A round must let at least one kind of organisation lead a bid");
    }
  }
}
