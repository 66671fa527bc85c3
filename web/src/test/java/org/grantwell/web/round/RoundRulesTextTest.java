package org.grantwell.web.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantwell.workflow.round.RoundView;
import org.junit.jupiter.api.Test;

class RoundRulesTextTest {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private static final Instant CLOSES = Instant.parse("2027-01-24T23:59:00Z");

  private static RoundView round(BigDecimal minBid, Integer maxBids, BigDecimal match, boolean inKind, List<String> matchLeads,
      BigDecimal capital, Instant closes, String base) {
    RoundView.Rules rules = new RoundView.Rules(List.of("LOCAL_AUTHORITY", "PCC_OFFICE"),
        Map.of("2027-28", new BigDecimal("400000.00")), maxBids, Map.of(), match, base, inKind, matchLeads, capital,
        List.of(), List.of("2027-28", "2028-29"),
        List.of(new RoundView.Criterion("NEED", "Need", "", new BigDecimal("40"), 5),
            new RoundView.Criterion("DELIVERY", "Delivery", "", new BigDecimal("60.00"), 5)),
        new BigDecimal("60"), null);
    return new RoundView(1, "SSF-R7", "Safer Streets round 7", "SSF", "Safer Streets Fund", "Home Office",
        Instant.parse("2026-11-01T09:00:00Z"), closes, new BigDecimal("5000000.00"), minBid, new BigDecimal("750000.00"),
        LocalDate.of(2027, 4, 1), LocalDate.of(2028, 9, 30), null, rules);
  }

  private static RoundView example() {
    return round(new BigDecimal("50000.00"), 3, new BigDecimal("50.00"), true,
        List.of("BRITISH_TRANSPORT_POLICE", "LOCAL_AUTHORITY", "PCC_OFFICE"), new BigDecimal("70"), CLOSES, "GRANT_REQUESTED");
  }

  @Test
  void shouldWriteEveryRuleInPlainWordsWhenTheRoundHasThemAll() {
    assertThat(RoundRulesText.rules(example(), NOW)).isEqualTo(
        "Bids from £50,000.00 to £750,000.00; at most 3 bids per force area; 50% match funding from PCC offices,"
            + " local authorities and British Transport Police leads, in kind counts; at most 70% capital;"
            + " spend between 1 Apr 2027 and 30 Sep 2028; window closes 24 Jan 2027 at 23:59 (56 days left)");
  }

  @Test
  void shouldLeaveOutTheRulesARoundDoesNotHaveWhenItHasNoLimits() {
    RoundView round = round(BigDecimal.ZERO, null, BigDecimal.ZERO, true, List.of(), null, CLOSES, "GRANT_REQUESTED");

    assertThat(RoundRulesText.rules(round, NOW)).isEqualTo(
        "Bids up to £750,000.00; spend between 1 Apr 2027 and 30 Sep 2028; window closes 24 Jan 2027 at 23:59 (56 days left)");
  }

  @Test
  void shouldSayTheBaseAndThatInKindDoesNotCountWhenTheMatchIsOfTheTotalCost() {
    RoundView round = round(new BigDecimal("50000.00"), 1, new BigDecimal("12.5"), false, List.of("PROVIDER"), null, CLOSES,
        "TOTAL_PROJECT_COST");

    assertThat(RoundRulesText.rules(round, NOW))
        .contains("at most 1 bid per force area; 12.5% match funding of the total project cost from providers leads,"
            + " in kind does not count;");
  }

  @Test
  void shouldSayOneDayLeftWhenTheWindowClosesTomorrow() {
    RoundView round = round(new BigDecimal("50000.00"), null, null, true, List.of(), null,
        Instant.parse("2026-11-30T12:00:00Z"), "GRANT_REQUESTED");

    assertThat(RoundRulesText.rules(round, NOW)).endsWith("window closes 30 Nov 2026 at 12:00 (1 day left)");
  }

  @Test
  void shouldShowLondonTimeWhenTheWindowClosesInSummer() {
    assertThat(RoundRulesText.dateTime(Instant.parse("2027-06-30T22:59:00Z"))).isEqualTo("30 Jun 2027 at 23:59");
  }

  @Test
  void shouldSayItClosesTodayWhenTheWindowClosesLaterToday() {
    RoundView round = round(new BigDecimal("50000.00"), null, null, true, List.of(), null,
        Instant.parse("2026-11-29T23:59:00Z"), "GRANT_REQUESTED");

    assertThat(RoundRulesText.rules(round, NOW)).endsWith("(closes today)");
  }

  @Test
  void shouldNameTheLeadsTheCapsAndTheAssessmentWhenTheRoundHasThem() {
    assertThat(RoundRulesText.leads(example())).isEqualTo("Led by PCC offices and local authorities");
    assertThat(RoundRulesText.yearCaps(example())).isEqualTo("A bid asks for at most £400,000.00 in 2027-28");
    assertThat(RoundRulesText.assessment(example())).isEqualTo("Scored on Need (40%) and Delivery (60%); pass mark 60");
  }

  @Test
  void shouldLetABidderStartABidWhenTheirOrganisationMayLead() {
    assertThat(RoundRulesText.mayStartBid(Set.of("pcc-bidder"), "PCC_OFFICE", example())).isTrue();
    assertThat(RoundRulesText.mayStartBid(Set.of("partner-bidder"), "LOCAL_AUTHORITY", example())).isTrue();
  }

  @Test
  void shouldNotOfferABidWhenTheOrganisationMayNotLeadOrThePersonDoesNotBid() {
    assertThat(RoundRulesText.mayStartBid(Set.of("provider-bidder"), "PROVIDER", example())).isFalse();
    assertThat(RoundRulesText.mayStartBid(Set.of("pcc-signoff"), "PCC_OFFICE", example())).isFalse();
  }
}
