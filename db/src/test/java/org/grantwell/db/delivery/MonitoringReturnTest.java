package org.grantwell.db.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.grantwell.db.bid.TestBids;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class MonitoringReturnTest {

  private static final Instant NOW = Instant.parse("2026-10-10T09:00:00Z");
  private static final FinancialQuarter Q2 = new FinancialYear(2026).quarter(2);

  private static final List<SpendLine> SPEND =
      List.of(
          new SpendLine("CCTV", true, Money.of("12000.00")),
          new SpendLine("Staff", false, Money.of("3500.55")));
  private static final List<OutcomeValue> OUTCOMES =
      List.of(new OutcomeValue("Burglaries per 1,000 homes", new BigDecimal("4.20")));

  private final MonitoringReturn submitted =
      new MonitoringReturn(TestBids.bid(), Q2, false, "On track", SPEND, OUTCOMES, "bidder.avon", NOW);

  @Test
  void shouldBeSubmittedForItsQuarterWhenCreated() {
    assertThat(submitted.getStatus()).isEqualTo(ReturnStatus.SUBMITTED);
    assertThat(submitted.period()).isEqualTo(Q2);
    assertThat(submitted.isFinalReturn()).isFalse();
    assertThat(submitted.getSpend()).containsExactlyElementsOf(SPEND);
    assertThat(submitted.getOutcomes()).containsExactlyElementsOf(OUTCOMES);
    assertThat(submitted.getSubmittedBy()).isEqualTo("bidder.avon");
    assertThat(submitted.getSubmittedAt()).isEqualTo(NOW);
  }

  @Test
  void shouldAddSpendLinesWhenTotalled() {
    assertThat(submitted.totalSpend()).isEqualTo(Money.of("15500.55"));
  }

  @Test
  void shouldGiveZeroWhenTotalOfNoSpend() {
    MonitoringReturn nothing =
        new MonitoringReturn(TestBids.bid(), Q2, true, "Nothing spent", List.of(), List.of(), "bidder.avon", NOW);

    assertThat(nothing.totalSpend()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldRecordOfficerWhenVerified() {
    submitted.verify("officer.ho", null, NOW.plusSeconds(60));

    assertThat(submitted.getStatus()).isEqualTo(ReturnStatus.VERIFIED);
    assertThat(submitted.getVerifiedBy()).isEqualTo("officer.ho");
    assertThat(submitted.getVerifiedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(submitted.getVerificationComment()).isNull();
  }

  @Test
  void shouldRefuseRejectionWhenNoComment() {
    assertThatThrownBy(() -> submitted.reject("officer.ho", "", NOW)).isInstanceOf(IllegalArgumentException.class);
    assertThat(submitted.getStatus()).isEqualTo(ReturnStatus.SUBMITTED);
  }

  @Test
  void shouldRefuseVerificationWhenAlreadyVerified() {
    submitted.verify("officer.ho", "ok", NOW);

    assertThatThrownBy(() -> submitted.reject("officer.ho", "wrong", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("VERIFIED");
  }

  @Test
  void shouldRefuseResubmissionWhenNotRejected() {
    assertThatThrownBy(() -> submitted.resubmit("again", SPEND, OUTCOMES, "bidder.avon", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SUBMITTED");
  }

  @Test
  void shouldReplaceFiguresAndWaitAgainWhenRejectedReturnResubmitted() {
    submitted.reject("officer.ho", "CCTV invoice missing", NOW);
    List<SpendLine> corrected = List.of(new SpendLine("CCTV", true, Money.of("11000.00")));

    submitted.resubmit("Corrected", corrected, List.of(), "bidder.avon", NOW.plusSeconds(3600));

    assertThat(submitted.getStatus()).isEqualTo(ReturnStatus.SUBMITTED);
    assertThat(submitted.getNarrative()).isEqualTo("Corrected");
    assertThat(submitted.totalSpend()).isEqualTo(Money.of("11000.00"));
    assertThat(submitted.getOutcomes()).isEmpty();
    assertThat(submitted.getVerifiedBy()).isNull();
    assertThat(submitted.getSubmittedAt()).isEqualTo(NOW.plusSeconds(3600));
  }

  @Test
  void shouldRefuseSpendLineWhenNegative() {
    assertThatThrownBy(() -> new SpendLine("Staff", false, Money.of("-1.00")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseReturnWhenNarrativeBlank() {
    assertThatThrownBy(
            () -> new MonitoringReturn(TestBids.bid(), Q2, false, " ", SPEND, OUTCOMES, "bidder.avon", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
