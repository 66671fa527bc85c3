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
    LocalDate asOf, List<Award> awards, List<Award> atRisk, Money totalAtRisk) {

  public SpendingReport {
    awards = List.copyOf(awards);
    atRisk = List.copyOf(atRisk);
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
      List<Quarter> quarters) {

    public Award {
      quarters = List.copyOf(quarters);
    }
  }

  /** A financial quarter's agreed profile and verified spend. */
  public record Quarter(String quarter, LocalDate firstDay, LocalDate lastDay, Money profiled, Money spent) {}
}
