package org.grantwell.db.shared;

import java.io.Serializable;
import java.time.LocalDate;

/** A quarter of a UK financial year: Q1 April-June, Q2 July-September, Q3 October-December, Q4 January-March. */
public record FinancialQuarter(FinancialYear year, int number)
    implements Comparable<FinancialQuarter>, Serializable {

  public FinancialQuarter {
    if (year == null) {
      throw new IllegalArgumentException("A quarter needs its financial year");
    }
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
    }
  }

  public static FinancialQuarter containing(LocalDate date) {
    FinancialYear year = FinancialYear.containing(date);
    int monthsIn = (date.getMonthValue() + 8) % 12; // April = 0 ... March = 11
    return new FinancialQuarter(year, monthsIn / 3 + 1);
  }

  public LocalDate firstDay() {
    return year.firstDay().plusMonths(3L * (number - 1));
  }

  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  public FinancialQuarter next() {
    return number == 4 ? new FinancialQuarter(year.next(), 1) : new FinancialQuarter(year, number + 1);
  }

  @Override
  public int compareTo(FinancialQuarter other) {
    int byYear = year.compareTo(other.year);
    return byYear != 0 ? byYear : Integer.compare(number, other.number);
  }

  /** {@code 2026-27 Q3}. */
  @Override
  public String toString() {
    return year.label() + " Q" + number;
  }
}
