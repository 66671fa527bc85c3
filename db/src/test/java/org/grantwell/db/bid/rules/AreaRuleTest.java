package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.db.bid.rules.Checks.check;
import static org.grantwell.db.bid.rules.Checks.only;

import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class AreaRuleTest {

  /** Three bids per force area (SSF1-SSF5), and a £1,000,000 envelope per area. */
  private final RoundRules limited =
      SaferStreets4.round().maxBidsPerArea(3).areaEnvelope(Money.of("1000000.00")).build();

  @Test
  void shouldAcceptBidWhenItIsTheLastOneTheAreaMayMake() {
    AreaContext twoOthers = new AreaContext(2, Money.ZERO);

    assertThat(
            only(
                RuleCode.AREA_BID_LIMIT_REACHED,
                check(SaferStreets4.validBid(), limited, twoOthers)))
        .isEmpty();
  }

  @Test
  void shouldRejectBidWhenTheAreaAlreadyHasTheMaximumNumberOfBids() {
    AreaContext threeOthers = new AreaContext(3, Money.ZERO);

    assertThat(
            only(
                RuleCode.AREA_BID_LIMIT_REACHED,
                check(SaferStreets4.validBid(), limited, threeOthers)))
        .containsExactly(
            new Violation(
                RuleCode.AREA_BID_LIMIT_REACHED,
                "forceArea",
                "Your force area already has 3 other bids in this round, whoever leads them; the"
                    + " round allows at most 3 per area"));
  }

  @Test
  void shouldNotLimitBidsWhenTheRoundSetsNoLimit() {
    AreaContext many = new AreaContext(40, Money.ZERO);

    assertThat(check(SaferStreets4.validBid(), SaferStreets4.rules(), many)).isEmpty();
  }

  @Test
  void shouldAcceptBidWhenAreaTotalEqualsTheEnvelope() {
    AreaContext others = new AreaContext(1, Money.of("250000.00"));

    assertThat(
            only(RuleCode.AREA_ENVELOPE_EXCEEDED, check(SaferStreets4.validBid(), limited, others)))
        .isEmpty();
  }

  @Test
  void shouldRejectBidWhenAreaTotalIsOnePennyOverTheEnvelope() {
    AreaContext others = new AreaContext(1, Money.of("250000.01"));

    assertThat(
            only(RuleCode.AREA_ENVELOPE_EXCEEDED, check(SaferStreets4.validBid(), limited, others)))
        .containsExactly(
            new Violation(
                RuleCode.AREA_ENVELOPE_EXCEEDED,
                "grantRequested",
                "The other bids from your force area ask for £250,000.01; with this bid's"
                    + " £750,000.00 that exceeds the area's envelope of £1,000,000.00"));
  }
}
