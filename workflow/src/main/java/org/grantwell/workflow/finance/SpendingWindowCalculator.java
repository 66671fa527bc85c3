package org.grantwell.workflow.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.finance.SpendingReport.WindowState;

/**
 * The spending-window arithmetic, pure. The window runs from the start to the spend-by date, both
 * days included; as of a date, the elapsed days are those from the start to the as-of date included
 * (none before the start, all of them after spend-by). Spend so far is the verified spend of the
 * quarters that began by the as-of date. The forecast is that spend at the run rate so far (spend ÷
 * elapsed days) over the whole window, to the penny half-even; the underspend at risk is the award
 * less the forecast, never below zero. Before the window starts there is no forecast and nothing is
 * at risk. An award is behind when less than half its money is spent after more than two thirds of
 * its window has passed (exactly half spent, or exactly two thirds passed, is not behind).
 */
public final class SpendingWindowCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public SpendingReport calculate(List<SpendFacts> facts, LocalDate asOf) {
    List<SpendingReport.Award> awards = facts.stream().map(f -> award(f, asOf)).toList();
    List<SpendingReport.Award> atRisk = awards.stream()
        .filter(a -> a.underspendAtRisk().isPositive())
        .sorted(Comparator.comparing(SpendingReport.Award::underspendAtRisk).reversed()
            .thenComparing(SpendingReport.Award::bidReference))
        .toList();
    Money total = Money.ZERO;
    for (SpendingReport.Award award : atRisk) {
      total = total.plus(award.underspendAtRisk());
    }
    return new SpendingReport(asOf, awards, atRisk, total);
  }

  public SpendingReport.Award award(SpendFacts f, LocalDate asOf) {
    long windowDays = ChronoUnit.DAYS.between(f.spendStart(), f.spendBy()) + 1;
    WindowState state = asOf.isBefore(f.spendStart()) ? WindowState.NOT_STARTED
        : asOf.isAfter(f.spendBy()) ? WindowState.OVER : WindowState.OPEN;
    long elapsed = switch (state) {
      case NOT_STARTED -> 0;
      case OVER -> windowDays;
      case OPEN -> ChronoUnit.DAYS.between(f.spendStart(), asOf) + 1;
    };
    List<SpendingReport.Quarter> quarters = quarters(f);
    Money spent = Money.ZERO;
    Money profiled = Money.ZERO;
    for (SpendingReport.Quarter q : quarters) {
      if (!q.firstDay().isAfter(asOf)) {
        spent = spent.plus(q.spent());
        profiled = profiled.plus(q.profiled());
      }
    }
    BigDecimal runRate = null;
    Money forecast = null;
    Money atRisk = Money.ZERO;
    if (elapsed > 0 && !f.closed()) {
      runRate = spent.amount().divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_EVEN);
      forecast = forecast(spent, elapsed, windowDays);
      atRisk = f.amount().minus(forecast).max(Money.ZERO);
    }
    boolean behind = !f.closed() && elapsed * 3 > windowDays * 2
        && spent.amount().multiply(BigDecimal.valueOf(2)).compareTo(f.amount().amount()) < 0;
    return new SpendingReport.Award(f.bidReference(), f.title(), f.roundReference(), f.programmeCode(),
        f.organisationName(), f.amount(), f.spendStart(), f.spendBy(), state, windowDays, elapsed,
        percent(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(windowDays)), profiled, spent,
        percent(spent.amount(), f.amount().amount()), runRate, forecast, atRisk, behind, quarters);
  }

  /** Spend × window days ÷ elapsed days, rounded once to the penny. */
  static Money forecast(Money spent, long elapsedDays, long windowDays) {
    return Money.of(spent.amount().multiply(BigDecimal.valueOf(windowDays))
        .divide(BigDecimal.valueOf(elapsedDays), Money.SCALE, RoundingMode.HALF_EVEN));
  }

  /** part ÷ whole in percent at one place, half-even; null when the whole is zero. */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
  }

  /** Every quarter of the profile or with spend, in order. */
  private static List<SpendingReport.Quarter> quarters(SpendFacts f) {
    TreeSet<FinancialQuarter> all = new TreeSet<>(f.profile().keySet());
    all.addAll(f.verifiedSpend().keySet());
    List<SpendingReport.Quarter> quarters = new ArrayList<>();
    for (FinancialQuarter q : all) {
      quarters.add(new SpendingReport.Quarter(q.toString(), q.firstDay(), q.lastDay(),
          f.profile().getOrDefault(q, Money.ZERO), f.verifiedSpend().getOrDefault(q, Money.ZERO)));
    }
    return quarters;
  }
}
