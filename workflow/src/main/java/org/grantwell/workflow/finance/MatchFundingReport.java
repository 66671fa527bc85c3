package org.grantwell.workflow.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.shared.Money;

/**
 * Match funding as of a date: each bid with its contributions, and the totals of each round and
 * programme. A ratio is match ÷ grant in percent at two places (null when the grant is zero).
 */
public record MatchFundingReport(
    LocalDate asOf, int pledgedDays, List<Bid> bids, List<Group> rounds, List<Group> programmes) implements java.io.Serializable {

  public MatchFundingReport {
    bids = List.copyOf(bids);
    rounds = List.copyOf(rounds);
    programmes = List.copyOf(programmes);
  }

  /**
   * One bid's match funding.
   *
   * @param grant the amount awarded when funded, else the amount requested
   * @param overdue how many contributions are still only pledged too long after the award
   * @param flagged true when any is
   */
  public record Bid(
      String bidReference,
      String title,
      String roundReference,
      String programmeCode,
      String leadOrganisationName,
      boolean awarded,
      Money grant,
      MatchTotals totals,
      BigDecimal ratioPercent,
      int overdue,
      boolean flagged,
      List<SourceTotal> bySource,
      List<Contribution> contributions) implements java.io.Serializable {

    public Bid {
      bySource = List.copyOf(bySource);
      contributions = List.copyOf(contributions);
    }
  }

  /** One contribution as shown, with the flag for a pledge left unconfirmed too long. */
  public record Contribution(
      int position,
      String source,
      String financialYear,
      Money amount,
      boolean inKind,
      String status,
      String evidence,
      String changedBy,
      Instant changedAt,
      boolean overdue) implements java.io.Serializable {}

  /** A bid's match from one source. */
  public record SourceTotal(String source, MatchTotals totals) implements java.io.Serializable {}

  /** The totals of a round or programme ({@code key} is its reference or code). */
  public record Group(
      String key, int bids, Money grant, MatchTotals totals, BigDecimal ratioPercent, int overdue) implements java.io.Serializable {}
}
