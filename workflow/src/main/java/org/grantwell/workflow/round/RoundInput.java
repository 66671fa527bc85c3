package org.grantwell.workflow.round;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A round as a funder's officer configures it (JSON). Times are London local times ({@code
 * 2027-01-31T23:59}), dates ISO ({@code 2027-04-01}), amounts decimal pounds, financial years
 * {@code 2027-28}.
 */
public record RoundInput(
    String reference,
    String name,
    String programmeCode,
    String opensAt,
    String closesAt,
    BigDecimal pot,
    BigDecimal minBid,
    BigDecimal maxBid,
    String spendStart,
    String spendBy,
    Rules rules) implements java.io.Serializable {

  /** The round's rules. */
  public record Rules(
      List<String> eligibleLeadTypes,
      Map<String, BigDecimal> yearCaps,
      Integer maxBidsPerArea,
      BigDecimal matchPercent,
      String matchBase,
      Boolean matchInKindCounts,
      List<String> matchLeadTypes,
      BigDecimal maxCapitalPercent,
      List<String> costCategories,
      List<Criterion> criteria,
      BigDecimal passMark,
      BigDecimal moderationThreshold) implements java.io.Serializable {}

  /** An assessment criterion. */
  public record Criterion(String code, String title, String guidance, BigDecimal weight, Integer scaleMax) implements java.io.Serializable {}

  /** A new amount: a pot or an area's envelope (null envelope removes it). */
  public record Amount(BigDecimal amount) implements java.io.Serializable {}
}
