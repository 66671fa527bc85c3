package org.grantwell.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class ReportTextTest {

  @Test
  void shouldWriteMoneyInPoundsWithSeparatorsWhenGivenAnAmount() {
    assertThat(ReportText.money(Money.of("1250000"))).isEqualTo("£1,250,000.00");
  }

  @Test
  void shouldWriteDatesTheUkWayWhenGivenADate() {
    assertThat(ReportText.date(LocalDate.of(2026, 11, 29))).isEqualTo("29 Nov 2026");
  }

  @Test
  void shouldWriteAPercentageToOneDecimalWhenThereIsOne() {
    assertThat(ReportText.percent(new BigDecimal("42.5"))).isEqualTo("42.5%");
    assertThat(ReportText.percent(null)).isEqualTo("Not applicable");
  }

  @Test
  void shouldDropNeedlessDecimalsWhenWritingDays() {
    assertThat(ReportText.days(new BigDecimal("56.0"))).isEqualTo("56 days");
    assertThat(ReportText.days(new BigDecimal("56.5"))).isEqualTo("56.5 days");
    assertThat(ReportText.days(1)).isEqualTo("1 day");
    assertThat(ReportText.days((BigDecimal) null)).isEqualTo("Not applicable");
  }

  @Test
  void shouldSeparateThousandsWhenWritingAPlainNumber() {
    assertThat(ReportText.number(new BigDecimal("1250.50"))).isEqualTo("1,250.5");
    assertThat(ReportText.number(BigDecimal.valueOf(1_700_000))).isEqualTo("1,700,000");
  }

  @Test
  void shouldLinkEachBidToItsPageWhenItsIdIsKnown() {
    Sources sources = ReportText.bids(List.of("GW-12", "GW-99"), Map.of("GW-12", 12L));

    assertThat(sources.summary()).isEqualTo("Show the 2 bids");
    assertThat(sources.refs()).containsExactly(
        new Sources.Ref("GW-12", "/app/bid.xhtml?id=12"), new Sources.Ref("GW-99", null));
    assertThat(sources.refs().get(0).isLinked()).isTrue();
  }

  @Test
  void shouldSaySoWhenAFigureHasNoRecords() {
    Sources sources = ReportText.rounds(List.of());

    assertThat(sources.isEmpty()).isTrue();
    assertThat(sources.summary()).isEqualTo("No rounds");
  }

  @Test
  void shouldNameTheOneRecordWhenThereIsOnlyOne() {
    assertThat(ReportText.rounds(List.of("SSF-5")).summary()).isEqualTo("Show the round");
  }

  @Test
  void shouldNameAreasWhenTheirNamesAreKnown() {
    Sources sources = ReportText.areas(List.of("AVS", "XXX"), Map.of("AVS", "Avon and Somerset"));

    assertThat(sources.refs()).extracting(Sources.Ref::text).containsExactly("Avon and Somerset (AVS)", "XXX");
    assertThat(sources.summary()).isEqualTo("Show the 2 force areas");
  }

  @Test
  void shouldSayWhichDecileWhenListingItsAreas() {
    Sources sources = ReportText.decile(List.of("AVS"), "highest", Map.of("AVS", "Avon and Somerset"));

    assertThat(sources.summary()).isEqualTo("Show the highest decile (1 force area)");
    assertThat(ReportText.decile(List.of(), "lowest", Map.of()).summary()).isEqualTo("No lowest decile");
  }

  @Test
  void shouldWordThePeriodWhenEitherEndIsOpen() {
    assertThat(ReportText.period(null, null)).isEqualTo("at any time");
    assertThat(ReportText.period(LocalDate.of(2026, 4, 1), null)).isEqualTo("from 1 Apr 2026");
    assertThat(ReportText.period(null, LocalDate.of(2027, 3, 31))).isEqualTo("up to 31 Mar 2027");
    assertThat(ReportText.period(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))
        .isEqualTo("from 1 Apr 2026 up to 31 Mar 2027");
  }
}
