package org.grantwell.workflow.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.shared.Money;

/**
 * The spending windows of the funded awards as of a date, and those with money at risk, largest
 * first.
 */
public record SpendingReport(
    LocalDate asOf, List<Award> awards, List<Award> atRisk, Money totalAtRisk, List<RoundRisk> rounds) implements java.io.Serializable {

  public SpendingReport {
    awards = List.copyOf(awards);
    atRisk = List.copyOf(atRisk);
    rounds = List.copyOf(rounds);
  }

  /** The report with its rounds summed from the awards given. */
  public SpendingReport(LocalDate asOf, List<Award> awards, List<Award> atRisk, Money totalAtRisk) {
    this(asOf, awards, atRisk, totalAtRisk, RoundRisk.of(awards));
  }

  /**
   * One round's awards together: how much of it is awarded, spent and at risk, and how many awards
   * are behind; rounds with the most money at risk first.
   */
  public record RoundRisk(
      String roundReference, String programmeCode, int awards, Money awarded, Money spent, Money atRisk, int behind) implements java.io.Serializable {

    static List<RoundRisk> of(List<Award> awards) {
      java.util.Map<String, RoundRisk> byRound = new java.util.LinkedHashMap<>();
      for (Award a : awards) {
        RoundRisk one = new RoundRisk(a.roundReference(), a.programmeCode(), 1, a.amount(), a.spent(), a.underspendAtRisk(),
            a.behind() ? 1 : 0);
        byRound.merge(a.roundReference(), one, RoundRisk::plus);
      }
      return byRound.values().stream()
          .sorted(java.util.Comparator.comparing(RoundRisk::atRisk).reversed().thenComparing(RoundRisk::roundReference))
          .toList();
    }

    private RoundRisk plus(RoundRisk other) {
      return new RoundRisk(roundReference, programmeCode, awards + other.awards, awarded.plus(other.awarded),
          spent.plus(other.spent), atRisk.plus(other.atRisk), behind + other.behind);
    }
  }

  /** Where the window stands on the as-of date. */
  public enum WindowState {
    NOT_STARTED,
    OPEN,
    OVER
  }

  /**
   * One award's window, spend and forecast. Percentages are at one place; the run rate is pounds a
   * day at two places; forecast and runRatePerDay are null before the window starts.
   *
   * @param behind less than half the award spent after more than two thirds of the window passed
   */
  public record Award(
      String bidReference,
      String title,
      String roundReference,
      String programmeCode,
      String organisationName,
      Money amount,
      LocalDate spendStart,
      LocalDate spendBy,
      WindowState window,
      long windowDays,
      long elapsedDays,
      BigDecimal elapsedPercent,
      Money profiledToDate,
      Money spent,
      BigDecimal spentPercent,
      BigDecimal runRatePerDay,
      Money forecast,
      Money underspendAtRisk,
      boolean behind,
      List<Quarter> quarters) implements java.io.Serializable {

    public Award {
      quarters = List.copyOf(quarters);
    }
  }

  /** A financial quarter's agreed profile and verified spend. */
  public record Quarter(String quarter, LocalDate firstDay, LocalDate lastDay, Money profiled, Money spent) implements java.io.Serializable {}
}
