package org.grantwell.web.bid;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The budget summed as the grid shows it: one row per financial year with its four quarters, the
 * year's total and its capital and revenue parts, and the grant requested (the sum of every line).
 * Lines without a year, quarter or amount count towards nothing until they have them.
 */
public final class BudgetTotals implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One financial year of the grid; {@code quarters} holds Q1 to Q4 (April to March). */
  public record YearRow(String financialYear, List<BigDecimal> quarters, BigDecimal total, BigDecimal capital, BigDecimal revenue)
      implements Serializable {}

  private final List<YearRow> years;
  private final BigDecimal grantRequested;
  private final BigDecimal capital;

  private BudgetTotals(List<YearRow> years, BigDecimal grantRequested, BigDecimal capital) {
    this.years = years;
    this.grantRequested = grantRequested;
    this.capital = capital;
  }

  /** The totals of the lines, with a row for each of the round's years even when it is empty. */
  public static BudgetTotals of(Collection<BidForm.BudgetRow> lines, Collection<String> roundYears) {
    TreeSet<String> labels = new TreeSet<>(roundYears);
    lines.stream().map(BidForm.BudgetRow::getFinancialYear).filter(y -> y != null && !y.isBlank()).forEach(labels::add);
    TreeMap<String, BigDecimal[]> sums = new TreeMap<>();
    labels.forEach(label -> sums.put(label, zeros()));
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal capitalTotal = BigDecimal.ZERO;
    for (BidForm.BudgetRow line : lines) {
      if (line.getAmount() == null || line.getQuarter() == null || line.getQuarter() < 1 || line.getQuarter() > 4
          || !sums.containsKey(line.getFinancialYear())) {
        continue;
      }
      BigDecimal[] year = sums.get(line.getFinancialYear());
      year[line.getQuarter() - 1] = year[line.getQuarter() - 1].add(line.getAmount());
      if (line.isCapital()) {
        year[4] = year[4].add(line.getAmount());
        capitalTotal = capitalTotal.add(line.getAmount());
      }
      total = total.add(line.getAmount());
    }
    List<YearRow> rows = new ArrayList<>();
    sums.forEach((label, s) -> {
      BigDecimal yearTotal = s[0].add(s[1]).add(s[2]).add(s[3]);
      rows.add(new YearRow(label, List.of(s[0], s[1], s[2], s[3]), yearTotal, s[4], yearTotal.subtract(s[4])));
    });
    return new BudgetTotals(List.copyOf(rows), total, capitalTotal);
  }

  private static BigDecimal[] zeros() {
    BigDecimal[] values = new BigDecimal[5];
    java.util.Arrays.fill(values, BigDecimal.ZERO);
    return values;
  }

  public List<YearRow> getYears() {
    return years;
  }

  public BigDecimal getGrantRequested() {
    return grantRequested;
  }

  public BigDecimal getCapital() {
    return capital;
  }

  public BigDecimal getRevenue() {
    return grantRequested.subtract(capital);
  }
}
