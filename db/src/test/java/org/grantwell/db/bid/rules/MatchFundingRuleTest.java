package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.db.bid.rules.Checks.check;
import static org.grantwell.db.bid.rules.Checks.only;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2022;
import static org.grantwell.db.bid.rules.SaferStreets4.cash;
import static org.grantwell.db.bid.rules.SaferStreets4.inKind;
import static org.grantwell.db.bid.rules.SaferStreets4.line;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.grantwell.db.organisation.OrganisationType;
import org.junit.jupiter.api.Test;

class MatchFundingRuleTest {

  private static final Set<OrganisationType> PUBLIC_BODIES =
      Set.of(
          OrganisationType.PCC_OFFICE,
          OrganisationType.LOCAL_AUTHORITY,
          OrganisationType.BRITISH_TRANSPORT_POLICE);

  private static RoundRules round(String percent, MatchBase base, boolean inKindCounts) {
    return SaferStreets4.round()
        .match(new MatchRule(new BigDecimal(percent), base, inKindCounts, PUBLIC_BODIES))
        .build();
  }

  private static List<Violation> shortfalls(BidBuilder bid, RoundRules rules) {
    return only(RuleCode.MATCH_FUNDING_SHORT, check(bid, rules));
  }

  private static BidBuilder grant(String amount, MatchData... match) {
    return SaferStreets4.validBid().lines(line(FY_2022, 1, amount)).match(match);
  }

  @Test
  void shouldAcceptMatchWhenItIsExactlyHalfTheGrant() {
    BidBuilder bid = SaferStreets4.validBid();

    assertThat(shortfalls(bid, SaferStreets4.rules())).isEmpty();
  }

  @Test
  void shouldRejectMatchWhenItIsOnePennyShortOfHalfTheGrant() {
    BidBuilder bid = SaferStreets4.validBid().match(cash("PCC", FY_2022, "374999.99"));

    assertThat(shortfalls(bid, SaferStreets4.rules())).hasSize(1);
  }

  @Test
  void shouldWordShortfallExactlyWhenBaseIsTheGrantRequested() {
    BidBuilder bid = grant("50000.00", cash("PCC", FY_2022, "12500.00"));

    assertThat(shortfalls(bid, SaferStreets4.rules()))
        .containsExactly(
            new Violation(
                RuleCode.MATCH_FUNDING_SHORT,
                "matchFunding",
                "Match funding is £12,500.00; this round needs at least £25,000.00 (50% of the"
                    + " grant requested)"));
  }

  @Test
  void shouldWordShortfallExactlyWhenBaseIsTheTotalProjectCost() {
    BidBuilder bid = grant("50000.00", cash("PCC", FY_2022, "12500.00"));

    assertThat(shortfalls(bid, round("50", MatchBase.TOTAL_PROJECT_COST, true)))
        .extracting(Violation::message)
        .containsExactly(
            "Match funding is £12,500.00; this round needs at least £50,000.00 (50% of the total"
                + " project cost)");
  }

  @Test
  void shouldRoundRequiredMatchHalfEvenWhenBaseIsTheGrant() {
    // 12.5% of £100,000.20 is £12,500.025, which rounds half-even to £12,500.02
    RoundRules eighth = round("12.5", MatchBase.GRANT_REQUESTED, true);

    assertThat(shortfalls(grant("100000.20", cash("PCC", FY_2022, "12500.02")), eighth)).isEmpty();
    assertThat(shortfalls(grant("100000.20", cash("PCC", FY_2022, "12500.01")), eighth))
        .extracting(Violation::message)
        .containsExactly(
            "Match funding is £12,500.01; this round needs at least £12,500.02 (12.5% of the grant"
                + " requested)");
  }

  @Test
  void shouldAcceptTotalCostMatchWhenItReachesTheShareExactly() {
    // m >= 50% of (100,000 + m)  <=>  m >= 100,000
    RoundRules half = round("50", MatchBase.TOTAL_PROJECT_COST, true);

    assertThat(shortfalls(grant("100000.00", cash("PCC", FY_2022, "100000.00")), half)).isEmpty();
  }

  @Test
  void shouldRejectTotalCostMatchWhenItIsOnePennyShort() {
    RoundRules half = round("50", MatchBase.TOTAL_PROJECT_COST, true);

    assertThat(shortfalls(grant("100000.00", cash("PCC", FY_2022, "99999.99")), half)).hasSize(1);
  }

  @Test
  void shouldRoundTotalCostMatchUpToThePenny() {
    // 20% of the total: m >= 100,000.01 * 20 / 80 = 25,000.0025, so at least £25,000.01
    RoundRules fifth = round("20", MatchBase.TOTAL_PROJECT_COST, true);

    assertThat(shortfalls(grant("100000.01", cash("PCC", FY_2022, "25000.01")), fifth)).isEmpty();
    assertThat(shortfalls(grant("100000.01", cash("PCC", FY_2022, "25000.00")), fifth))
        .extracting(Violation::message)
        .containsExactly(
            "Match funding is £25,000.00; this round needs at least £25,000.01 (20% of the total"
                + " project cost)");
  }

  @Test
  void shouldCountInKindMatchWhenTheRoundAllowsIt() {
    BidBuilder bid =
        grant("50000.00", cash("PCC", FY_2022, "15000.00"), inKind("Council", FY_2022, "10000.00"));

    assertThat(shortfalls(bid, round("50", MatchBase.GRANT_REQUESTED, true))).isEmpty();
  }

  @Test
  void shouldIgnoreInKindMatchWhenTheRoundCountsOnlyCash() {
    BidBuilder bid =
        grant("50000.00", cash("PCC", FY_2022, "15000.00"), inKind("Council", FY_2022, "10000.00"));

    assertThat(shortfalls(bid, round("50", MatchBase.GRANT_REQUESTED, false)))
        .extracting(Violation::message)
        .containsExactly(
            "Match funding is £15,000.00; this round needs at least £25,000.00 (50% of the grant"
                + " requested). In-kind contributions (£10,000.00) do not count in this round");
  }

  @Test
  void shouldNotRequireMatchWhenTheLeadTypeIsNotListed() {
    BidBuilder bid = SaferStreets4.validBid().lead(OrganisationType.PROVIDER).match(List.of());

    assertThat(shortfalls(bid, SaferStreets4.rules())).isEmpty();
  }

  @Test
  void shouldRequireMatchWhenALocalAuthorityLeads() {
    BidBuilder bid =
        SaferStreets4.validBid().lead(OrganisationType.LOCAL_AUTHORITY).match(List.of());

    assertThat(shortfalls(bid, SaferStreets4.rules())).hasSize(1);
  }

  @Test
  void shouldNotRequireMatchWhenThePercentIsZero() {
    BidBuilder bid = SaferStreets4.validBid().match(List.of());

    assertThat(shortfalls(bid, SaferStreets4.round().match(MatchRule.NONE).build())).isEmpty();
  }
}
