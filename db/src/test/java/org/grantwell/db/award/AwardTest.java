package org.grantwell.db.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class AwardTest {

  private static final Instant NOW = Instant.parse("2026-08-03T10:00:00Z");
  private static final Instant EXPIRES = Instant.parse("2026-08-31T17:00:00Z");
  private static final LocalDate START = LocalDate.of(2026, 10, 1);
  private static final LocalDate SPEND_BY = LocalDate.of(2028, 3, 31);
  private static final Money GRANT = Money.of("250000.00");

  private final Award award = new Award(1000L, 900L);

  private Award accepted() {
    award.decide(FundingDecision.FUND, GRANT, null, null, "panel.chair", NOW);
    award.offer(EXPIRES, START, SPEND_BY);
    award.accept("pcc.avon", NOW.plusSeconds(3600));
    return award;
  }

  @Test
  void shouldKeepScoreReasonAndModeratorWhenModerated() {
    award.moderate(new BigDecimal("72.5"), "Assessors 20 points apart", "panel.chair", NOW);

    assertThat(award.getModeratedScore()).isEqualTo(new BigDecimal("72.50"));
    assertThat(award.getModerationReason()).isEqualTo("Assessors 20 points apart");
    assertThat(award.getModeratedBy()).isEqualTo("panel.chair");
    assertThat(award.getModeratedAt()).isEqualTo(NOW);
  }

  @Test
  void shouldRefuseModerationWhenDecided() {
    award.decide(FundingDecision.DECLINE, null, null, "Below pass mark", "panel.chair", NOW);

    assertThatThrownBy(() -> award.moderate(BigDecimal.TEN, "late", "panel.chair", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DECLINE");
  }

  @Test
  void shouldRefuseModerationWhenScoreAboveHundred() {
    assertThatThrownBy(() -> award.moderate(new BigDecimal("100.5"), "r", "panel.chair", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeepAmountWhenPartFunded() {
    award.decide(FundingDecision.PART_FUND, Money.of("120000.00"), "Quarterly reports", "Pot exhausted", "funder", NOW);

    assertThat(award.getDecision()).isEqualTo(FundingDecision.PART_FUND);
    assertThat(award.getAmount()).isEqualTo(Money.of("120000.00"));
    assertThat(award.getConditions()).isEqualTo("Quarterly reports");
    assertThat(award.getReasons()).isEqualTo("Pot exhausted");
    assertThat(award.getDecidedBy()).isEqualTo("funder");
    assertThat(award.getDecidedAt()).isEqualTo(NOW);
  }

  @Test
  void shouldRefuseFundingWhenNoAmount() {
    assertThatThrownBy(() -> award.decide(FundingDecision.FUND, null, null, null, "funder", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(award.getDecision()).isNull();
  }

  @Test
  void shouldRefuseDeclineWhenAmountGiven() {
    assertThatThrownBy(() -> award.decide(FundingDecision.DECLINE, GRANT, null, "No", "funder", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseSecondDecisionWhenDecided() {
    award.decide(FundingDecision.FUND, GRANT, null, null, "funder", NOW);

    assertThatThrownBy(() -> award.decide(FundingDecision.DECLINE, null, null, "changed", "funder", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already decided");
  }

  @Test
  void shouldRefuseOfferWhenDeclined() {
    award.decide(FundingDecision.DECLINE, null, null, "No", "funder", NOW);

    assertThatThrownBy(() -> award.offer(EXPIRES, START, SPEND_BY)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldRefuseOfferWhenUndecided() {
    assertThatThrownBy(() -> award.offer(EXPIRES, START, SPEND_BY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("undecided");
  }

  @Test
  void shouldBeAcceptedWhenOfferAcceptedBeforeExpiry() {
    accepted();

    assertThat(award.getOfferStatus()).isEqualTo(OfferStatus.ACCEPTED);
    assertThat(award.getAcceptedBy()).isEqualTo("pcc.avon");
    assertThat(award.getSpendStart()).isEqualTo(START);
    assertThat(award.getSpendBy()).isEqualTo(SPEND_BY);
    assertThat(award.getOfferExpiresAt()).isEqualTo(EXPIRES);
  }

  @Test
  void shouldRefuseAcceptanceWhenOfferExpired() {
    award.decide(FundingDecision.FUND, GRANT, null, null, "funder", NOW);
    award.offer(EXPIRES, START, SPEND_BY);

    assertThatThrownBy(() -> award.accept("pcc.avon", EXPIRES.plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void shouldRefuseAcceptanceWhenLapsed() {
    award.decide(FundingDecision.FUND, GRANT, null, null, "funder", NOW);
    award.offer(EXPIRES, START, SPEND_BY);
    award.lapse(EXPIRES);

    assertThat(award.getOfferStatus()).isEqualTo(OfferStatus.LAPSED);
    assertThatThrownBy(() -> award.accept("pcc.avon", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LAPSED");
  }

  @Test
  void shouldRefuseLapseWhenAccepted() {
    accepted();

    assertThatThrownBy(() -> award.lapse(EXPIRES)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldMoveSpendByWhenExtendedToLaterDate() {
    accepted();

    award.extendSpendBy(SPEND_BY.plusMonths(6));

    assertThat(award.getSpendBy()).isEqualTo(SPEND_BY.plusMonths(6));
  }

  @Test
  void shouldRefuseExtensionWhenDateNotLater() {
    accepted();

    assertThatThrownBy(() -> award.extendSpendBy(SPEND_BY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseExtensionWhenOnlyOffered() {
    award.decide(FundingDecision.FUND, GRANT, null, null, "funder", NOW);
    award.offer(EXPIRES, START, SPEND_BY);

    assertThatThrownBy(() -> award.extendSpendBy(SPEND_BY.plusMonths(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OFFERED");
  }

  @Test
  void shouldKeepUnderspendAndSummaryWhenClosed() {
    accepted();

    award.close(Money.of("1250.40"), "All outcomes met", NOW.plusSeconds(86400));

    assertThat(award.getOfferStatus()).isEqualTo(OfferStatus.CLOSED);
    assertThat(award.getUnderspend()).isEqualTo(Money.of("1250.40"));
    assertThat(award.getOutcomesSummary()).isEqualTo("All outcomes met");
    assertThat(award.getClosedAt()).isEqualTo(NOW.plusSeconds(86400));
  }

  @Test
  void shouldRefuseCloseWhenUnderspendAboveAmount() {
    accepted();

    assertThatThrownBy(() -> award.close(GRANT.plus(Money.of("0.01")), "x", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseSecondCloseWhenClosed() {
    accepted();
    award.close(Money.ZERO, "Done", NOW);

    assertThatThrownBy(() -> award.close(Money.ZERO, "Done", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CLOSED");
  }
}
