package org.grantwell.db.bid.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.grantwell.db.shared.Money;

/**
 * Match funding: the counted contributions must reach the round's percentage of its base. For the
 * grant base the requirement is {@code grant * p / 100}, half-even to the penny ({@link
 * Money#percent}). For the total-project-cost base the match {@code m} must satisfy {@code m >= p%
 * of (grant + m)}, i.e. {@code m >= grant * p / (100 - p)}, rounded up to the penny so that the
 * share is never short.
 */
final class MatchFundingRule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private MatchFundingRule() {}

  static void check(BidCandidate bid, RoundRules rules, List<Violation> out) {
    MatchRule rule = rules.match();
    if (bid.leadType() == null || !rule.appliesTo(bid.leadType())) {
      return;
    }
    Money grant = bid.grantRequested();
    Money required = required(rule, grant);
    Money counted = counted(bid, rule);
    if (!counted.isLessThan(required)) {
      return;
    }
    String base =
        rule.base() == MatchBase.GRANT_REQUESTED ? "the grant requested" : "the total project cost";
    String message =
        "Match funding is %s; this round needs at least %s (%s of %s)"
            .formatted(
                Texts.money(counted), Texts.money(required), Texts.percent(rule.percent()), base);
    Money excluded = inKind(bid);
    if (!rule.inKindCounts() && excluded.isPositive()) {
      message +=
          ". In-kind contributions (" + Texts.money(excluded) + ") do not count in this round";
    }
    out.add(new Violation(RuleCode.MATCH_FUNDING_SHORT, "matchFunding", message));
  }

  /** The least match funding a grant needs under a rule. */
  static Money required(MatchRule rule, Money grant) {
    if (rule.base() == MatchBase.GRANT_REQUESTED) {
      return grant.percent(rule.percent());
    }
    BigDecimal share =
        grant
            .amount()
            .multiply(rule.percent())
            .divide(HUNDRED.subtract(rule.percent()), Money.SCALE, RoundingMode.CEILING);
    return Money.of(share);
  }

  private static Money counted(BidCandidate bid, MatchRule rule) {
    return bid.matchContributions().stream()
        .filter(m -> rule.inKindCounts() || !m.inKind())
        .map(MatchData::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  private static Money inKind(BidCandidate bid) {
    return bid.matchContributions().stream()
        .filter(MatchData::inKind)
        .map(MatchData::amount)
        .reduce(Money.ZERO, Money::plus);
  }
}
