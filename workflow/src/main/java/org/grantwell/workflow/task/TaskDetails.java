package org.grantwell.workflow.task;

import java.util.List;
import org.grantwell.workflow.bid.BidView;

/**
 * Everything a task's page shows beside its form: the bid, the round's criteria, the assessments so
 * far (for the panel), the money (requested, the round's pot remaining), the award, the return to
 * verify or the period to report, and the variation to decide. Amounts are pounds as text.
 */
public record TaskDetails(
    TaskView task,
    BidView bid,
    List<Criterion> criteria,
    List<Assessment> assessments,
    String requested,
    String potRemaining,
    Award award,
    Return latestReturn,
    String period,
    Variation variation,
    Integer rankCap) implements java.io.Serializable {

  public record Criterion(String code, String title, String guidance, String weight, int scaleMax) implements java.io.Serializable {}

  public record Score(String criterion, int score, String comment) implements java.io.Serializable {}

  public record Assessment(String assessor, String status, String weightedScore, String comment, String conflictReason, List<Score> scores) implements java.io.Serializable {}

  public record Award(String decision, String amount, String conditions, String reasons, String moderatedScore, String offerExpiresAt,
      String spendStart, String spendBy) implements java.io.Serializable {}

  public record Line(String category, boolean capital, String amount) implements java.io.Serializable {}

  public record Outcome(String indicator, String value) implements java.io.Serializable {}

  public record Return(Long id, String period, boolean finalReturn, String status, String narrative, String submittedBy,
      List<Line> spend, List<Outcome> outcomes, String totalSpend) implements java.io.Serializable {}

  public record Variation(Long id, String kind, String fromYear, String toYear, String fromCategory, String toCategory,
      String amount, String newSpendBy, String reason, String requestedBy) implements java.io.Serializable {}
}
