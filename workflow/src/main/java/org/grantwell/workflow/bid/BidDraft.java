package org.grantwell.workflow.bid;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bid as a client sends it (JSON) and reads it back. Amounts are decimal pounds with at most two
 * places; financial years are written {@code 2027-28}. {@code version} is the version the client
 * edited (required when saving an existing draft).
 */
public record BidDraft(
    String roundReference,
    String forceAreaCode,
    Long version,
    String title,
    String summary,
    String problemStatement,
    List<String> interventions,
    List<Location> locations,
    List<BudgetLine> budgetLines,
    List<Match> matchFunding,
    List<Outcome> outcomes,
    List<Risk> risks) implements java.io.Serializable {

  /** A place the work happens. */
  public record Location(String localAuthority, String description) implements java.io.Serializable {}

  /** A budget line. */
  public record BudgetLine(
      String financialYear,
      Integer quarter,
      String category,
      Boolean capital,
      String description,
      BigDecimal amount) implements java.io.Serializable {}

  /** A match-funding contribution. */
  public record Match(
      String source,
      String financialYear,
      BigDecimal amount,
      Boolean inKind,
      String status,
      String evidence) implements java.io.Serializable {}

  /** An outcome target. */
  public record Outcome(
      String indicator, String unit, BigDecimal baseline, BigDecimal target, String howMeasured) implements java.io.Serializable {}

  /** A risk to delivery. */
  public record Risk(String description, String likelihood, String impact, String mitigation) implements java.io.Serializable {}
}
