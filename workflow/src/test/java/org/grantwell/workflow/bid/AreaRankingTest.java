package org.grantwell.workflow.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class AreaRankingTest {

  private static AreaRanking.RankedBid bid(String reference, Integer rank, boolean forward) {
    return new AreaRanking.RankedBid(1L, reference, "A bid", "Avon and Somerset PCC", false, "SIGNED_OFF", rank,
        Money.ofPounds(100_000), forward, null);
  }

  @Test
  void shouldCountThePlacesLeftUnderTheCap() {
    AreaRanking ranking = new AreaRanking("SSF", "Round", "Avon and Somerset", 3, null, Money.ofPounds(200_000),
        List.of(bid("B1", 1, true), bid("B2", 2, true), bid("B3", null, false)));

    assertThat(ranking.placesLeft()).isEqualTo(1);
  }

  @Test
  void shouldNeverGoBelowNoPlacesLeft() {
    AreaRanking ranking = new AreaRanking("SSF", "Round", "Avon and Somerset", 1, null, Money.ofPounds(200_000),
        List.of(bid("B1", 1, true), bid("B2", 2, true)));

    assertThat(ranking.placesLeft()).isZero();
  }

  @Test
  void shouldHaveNoPlacesFigureWithoutACap() {
    AreaRanking ranking = new AreaRanking("SSF", "Round", null, null, null, Money.ZERO, List.of());

    assertThat(ranking.placesLeft()).isNull();
  }
}
