package org.grantwell.db.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class AwardPublicationTest {

  private static final Instant NOW = Instant.parse("2026-08-03T10:00:00Z");
  private static final Instant PUBLISHED = Instant.parse("2026-11-29T09:00:00Z");

  private final Award award = new Award(1000L, 900L);

  @Test
  void shouldRecordTheMomentWhenAFundedAwardIsPublished() {
    award.decide(FundingDecision.PART_FUND, Money.of("1000.00"), null, null, "panel.chair", NOW);

    award.publish(PUBLISHED);

    assertThat(award.getPublishedAt()).isEqualTo(PUBLISHED);
    assertThat(award.isPublished()).isTrue();
  }

  @Test
  void shouldBeUnpublishedWhenNew() {
    assertThat(award.getPublishedAt()).isNull();
    assertThat(award.isPublished()).isFalse();
  }

  @Test
  void shouldRefuseToPublishTwiceWhenPublished() {
    award.decide(FundingDecision.FUND, Money.of("1000.00"), null, null, "panel.chair", NOW);
    award.publish(PUBLISHED);

    assertThatThrownBy(() -> award.publish(PUBLISHED.plusSeconds(60)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already published");
    assertThat(award.getPublishedAt()).isEqualTo(PUBLISHED);
  }

  @Test
  void shouldRefuseToPublishWhenDeclinedOrUndecided() {
    assertThatThrownBy(() -> award.publish(PUBLISHED)).isInstanceOf(IllegalStateException.class);
    award.decide(FundingDecision.DECLINE, null, null, "Below pass mark", "panel.chair", NOW);

    assertThatThrownBy(() -> award.publish(PUBLISHED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DECLINE");
  }

  @Test
  void shouldRefuseToPublishWhenTheOfferLapsed() {
    award.decide(FundingDecision.FUND, Money.of("1000.00"), null, null, "panel.chair", NOW);
    award.offer(NOW.plusSeconds(3600), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31));
    award.lapse(NOW.plusSeconds(7200));

    assertThatThrownBy(() -> award.publish(PUBLISHED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lapsed");
  }
}
