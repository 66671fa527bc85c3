package org.grantwell.workflow.round;

import java.time.Instant;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.round.RoundRuleSet;
import org.grantwell.db.shared.FinancialYear;

/** A round as the pages and the API see it. */
public record RoundView(
    long id,
    String reference,
    String name,
    String programmeCode,
    String programmeName,
    String funderName,
    Instant opensAt,
    Instant closesAt,
    BigDecimal pot,
    BigDecimal minBid,
    BigDecimal maxBid,
    LocalDate spendStart,
    LocalDate spendBy,
    Instant windowClosedAt,
    Rules rules) implements java.io.Serializable {

  /** The round's rules, as data. */
  public record Rules(
      List<String> eligibleLeadTypes,
      Map<String, BigDecimal> yearCaps,
      Integer maxBidsPerArea,
      Map<String, BigDecimal> areaEnvelopes,
      BigDecimal matchPercent,
      String matchBase,
      boolean matchInKindCounts,
      List<String> matchLeadTypes,
      BigDecimal maxCapitalPercent,
      List<String> costCategories,
      List<String> financialYears,
      List<Criterion> criteria,
      BigDecimal passMark,
      BigDecimal moderationThreshold) implements java.io.Serializable {}

  /** An assessment criterion. */
  public record Criterion(String code, String title, String guidance, BigDecimal weight, int scaleMax) implements java.io.Serializable {}

  static RoundView of(FundingRound round, Map<Long, String> areaCodes) {
    return new RoundView(
        round.getId(),
        round.getReference(),
        round.getName(),
        round.getProgramme().getCode(),
        round.getProgramme().getName(),
        round.getFunder().getName(),
        round.getOpensAt(),
        round.getClosesAt(),
        round.getPot().amount(),
        round.getMinBid().amount(),
        round.getMaxBid().amount(),
        round.getSpendStart(),
        round.getSpendBy(),
        round.getWindowClosedAt(),
        rules(round, areaCodes));
  }

  private static Rules rules(FundingRound round, Map<Long, String> areaCodes) {
    RoundRuleSet rules = round.ruleSet();
    Map<String, BigDecimal> caps = new TreeMap<>();
    rules.yearCaps().forEach((year, cap) -> caps.put(year.label(), cap.amount()));
    Map<String, BigDecimal> envelopes = new TreeMap<>();
    round.areaEnvelopes().forEach((areaId, envelope) -> envelopes.put(areaCodes.getOrDefault(areaId, String.valueOf(areaId)), envelope.amount()));
    return new Rules(
        rules.eligibleLeadTypes().stream().map(Enum::name).sorted().toList(),
        caps,
        rules.maxBidsPerArea(),
        envelopes,
        rules.matchPercent(),
        rules.matchBase().name(),
        rules.matchInKindCounts(),
        rules.matchLeadTypes().stream().map(Enum::name).sorted().toList(),
        rules.maxCapitalPercent(),
        rules.costCategories().stream().sorted().toList(),
        round.financialYears().stream().map(FinancialYear::label).toList(),
        rules.criteria().stream()
            .map(c -> new Criterion(c.getCode(), c.getTitle(), c.getGuidance(), c.getWeight(), c.getScaleMax()))
            .toList(),
        rules.passMark(),
        rules.moderationThreshold());
  }
}
