package org.grantwell.db.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * A UK financial year, 1 April to 31 March, named by the calendar year it starts in ({@code 2026}
 * is 2026-27). All financial-year and quarter arithmetic of the product lives here and in {@link
 * FinancialQuarter}.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear>, Serializable {

  /** The time zone in which windows open and close and financial years turn. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  public FinancialYear {
    if (startYear < 2000 || startYear > 2100) {
      throw new IllegalArgumentException("Financial year out of range: " + startYear);
    }
  }

  public static FinancialYear containing(LocalDate date) {
    return new FinancialYear(
        date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /** Parses the label form {@code 2026-27}. */
  public static FinancialYear parse(String label) {
    if (label == null || !label.matches("\\d{4}-\\d{2}")) {
      throw new IllegalArgumentException("A financial year is written like 2026-27, not " + label);
    }
    int start = Integer.parseInt(label.substring(0, 4));
    int end = Integer.parseInt(label.substring(5));
    if ((start + 1) % 100 != end) {
      throw new IllegalArgumentException("Not a financial year: " + label);
    }
    return new FinancialYear(start);
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  public FinancialYear next() {
    return new FinancialYear(startYear + 1);
  }

  public FinancialQuarter quarter(int number) {
    return new FinancialQuarter(this, number);
  }

  /** {@code 2026-27}. */
  public String label() {
    return String.format("%d-%02d", startYear, (startYear + 1) % 100);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
