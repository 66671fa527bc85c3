package org.grantwell.workflow.finance;

import java.time.Instant;
import java.util.List;
import org.grantwell.db.bid.rules.MatchStatus;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * What {@link MatchFundingCalculator} needs of one bid: its grant (the award, else the request),
 * when the award was decided, and each contribution at its current status.
 *
 * @param awarded the amount awarded when the bid is funded (in full or in part); null otherwise
 * @param decidedAt when the funding decision was made; null before it
 */
public record MatchFacts(
    String bidReference,
    String title,
    String roundReference,
    String programmeCode,
    String leadOrganisationName,
    Money requested,
    Money awarded,
    Instant decidedAt,
    List<Contribution> contributions) implements java.io.Serializable {

  public MatchFacts {
    contributions = List.copyOf(contributions);
  }

  /**
   * One contribution at its current status: the newest recorded change, else the bid's own.
   *
   * @param changedBy who recorded the current status; null when it is the bid's own
   */
  public record Contribution(
      int position,
      String source,
      FinancialYear year,
      Money amount,
      boolean inKind,
      MatchStatus status,
      String evidence,
      String changedBy,
      Instant changedAt) implements java.io.Serializable {}
}
