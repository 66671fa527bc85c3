package org.grantwell.db.bid.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/** Rules on the budget lines themselves: capital share, timing, category and sign. */
final class BudgetLineRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BudgetLineRules() {}

  /**
   * Capital lines / grant requested must not exceed the maximum (compared exactly, no rounding).
   */
  static void capitalShare(BidCandidate bid, RoundRules rules, List<Violation> out) {
    BigDecimal max = rules.maxCapitalPercent();
    Money capital = bid.capitalTotal();
    Money grant = bid.grantRequested();
    if (max == null || !capital.isPositive()) {
      return;
    }
    BigDecimal allowed = grant.amount().multiply(max);
    if (capital.amount().multiply(HUNDRED).compareTo(allowed) <= 0) {
      return;
    }
    String share = "";
    if (grant.isPositive()) {
      BigDecimal percent =
          capital.shareOf(grant).multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN);
      share = ", " + Texts.percent(percent) + " of the grant requested";
    }
    out.add(
        new Violation(
            RuleCode.CAPITAL_SHARE_EXCEEDED,
            "budget",
            "Capital lines come to %s%s; this round allows at most %s capital"
                .formatted(Texts.money(capital), share, Texts.percent(max))));
  }

  /**
   * A line's year must be one of the round's; a line in such a year must lie wholly inside the
   * spending window (a quarter that only partly overlaps it is outside). One timing violation per
   * line: a line in a foreign year is not also reported as outside the window.
   */
  static void timing(BidCandidate bid, RoundRules rules, List<Violation> out) {
    String roundYears =
        Texts.orList(rules.financialYears().stream().sorted().map(FinancialYear::label).toList());
    List<BudgetLineData> lines = bid.budgetLines();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLineData line = lines.get(i);
      if (!rules.financialYears().contains(line.year())) {
        out.add(
            new Violation(
                RuleCode.LINE_YEAR_NOT_IN_ROUND,
                "budgetLines[" + i + "]",
                "Budget line %d is for %s, which is not one of this round's financial years (%s)"
                    .formatted(Texts.position(i), line.year().label(), roundYears)));
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      BudgetLineData line = lines.get(i);
      if (rules.financialYears().contains(line.year()) && !insideSpending(line, rules)) {
        out.add(
            new Violation(
                RuleCode.LINE_OUTSIDE_SPENDING_WINDOW,
                "budgetLines[" + i + "]",
                "Budget line %d is for %s, which is not wholly inside this round's spending"
                        .formatted(Texts.position(i), Texts.quarter(line.financialQuarter()))
                    + " window (%s to %s)"
                        .formatted(Texts.date(rules.spendStart()), Texts.date(rules.spendBy()))));
      }
    }
  }

  private static boolean insideSpending(BudgetLineData line, RoundRules rules) {
    FinancialQuarter quarter = line.financialQuarter();
    return !quarter.firstDay().isBefore(rules.spendStart())
        && !quarter.lastDay().isAfter(rules.spendBy());
  }

  /** Categories compare trimmed and ignoring case; an empty eligible set allows any category. */
  static void category(BidCandidate bid, RoundRules rules, List<Violation> out) {
    if (rules.eligibleCategories().isEmpty()) {
      return;
    }
    Set<String> eligible =
        rules.eligibleCategories().stream().map(BudgetLineRules::key).collect(Collectors.toSet());
    String choices = Texts.orList(rules.eligibleCategories().stream().sorted().toList());
    List<BudgetLineData> lines = bid.budgetLines();
    for (int i = 0; i < lines.size(); i++) {
      String category = lines.get(i).category();
      if (Texts.isBlank(category) || !eligible.contains(key(category))) {
        String opening =
            Texts.isBlank(category)
                ? "Budget line " + Texts.position(i) + " has no category"
                : "Budget line %d is in the category \"%s\", which this round does not fund"
                    .formatted(Texts.position(i), category.trim());
        out.add(
            new Violation(
                RuleCode.CATEGORY_INELIGIBLE,
                "budgetLines[" + i + "].category",
                opening + "; choose " + choices));
      }
    }
  }

  /** Zero or negative amounts, budget lines first, then match contributions. */
  static void positiveAmounts(BidCandidate bid, List<Violation> out) {
    List<BudgetLineData> lines = bid.budgetLines();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).amount().isPositive()) {
        String what = "Budget line " + Texts.position(i);
        out.add(notPositive("budgetLines[" + i + "].amount", what, lines.get(i).amount()));
      }
    }
    List<MatchData> matches = bid.matchContributions();
    for (int i = 0; i < matches.size(); i++) {
      if (!matches.get(i).amount().isPositive()) {
        String what = "Match contribution " + Texts.position(i);
        out.add(notPositive("matchFunding[" + i + "].amount", what, matches.get(i).amount()));
      }
    }
  }

  private static Violation notPositive(String field, String what, Money amount) {
    return new Violation(
        RuleCode.AMOUNT_NOT_POSITIVE,
        field,
        what + " is " + Texts.money(amount) + "; enter an amount above £0.00");
  }

  private static String key(String category) {
    return category.trim().toLowerCase(Locale.ROOT);
  }
}
