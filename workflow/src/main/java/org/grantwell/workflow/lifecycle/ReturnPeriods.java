package org.grantwell.workflow.lifecycle;

import static org.grantwell.db.shared.FinancialYear.LONDON;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grantwell.db.shared.FinancialQuarter;

/**
 * The quarters of a spending window and the instants their returns fall due: a quarter's return
 * opens when the quarter ends (midnight, London time, after its last day).
 */
public final class ReturnPeriods {

  /** Names of the "next period end" variable in the three processes. */
  public static final List<String> NEXT_END_VARIABLES = List.of("nextQuarterEnd", "nextPeriodEnd");

  private ReturnPeriods() {}

  /** Every financial quarter the window touches, in order. */
  public static List<FinancialQuarter> quarters(LocalDate spendStart, LocalDate spendBy) {
    List<FinancialQuarter> quarters = new ArrayList<>();
    FinancialQuarter last = FinancialQuarter.containing(spendBy);
    for (FinancialQuarter q = FinancialQuarter.containing(spendStart); q.compareTo(last) <= 0; q = q.next()) {
      quarters.add(q);
    }
    return quarters;
  }

  /** The first quarter of the window not yet in {@code done}, if any. */
  public static Optional<FinancialQuarter> next(LocalDate spendStart, LocalDate spendBy, List<FinancialQuarter> done) {
    return quarters(spendStart, spendBy).stream().filter(q -> !done.contains(q)).findFirst();
  }

  /** When a quarter's return falls due: the start of the day after its last day, in London. */
  public static Instant endOf(FinancialQuarter quarter) {
    return quarter.lastDay().plusDays(1).atStartOfDay(LONDON).toInstant();
  }

  /** The quarter that ended at {@code end} (the inverse of {@link #endOf}). */
  public static FinancialQuarter endingAt(Instant end) {
    return FinancialQuarter.containing(end.atZone(LONDON).toLocalDate().minusDays(1));
  }
}
