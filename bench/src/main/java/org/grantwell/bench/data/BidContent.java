package org.grantwell.bench.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.grantwell.db.bid.Intervention;
import org.grantwell.db.bid.rules.BudgetLineData;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * What a bidder wrote: title, texts, interventions, locations, about twelve budget lines over the
 * round's spending quarters, about three match contributions, outcome targets and risks. The
 * budget stays inside every rule of the generated rounds (size, year caps, categories, window).
 */
record BidContent(
    String title,
    String summary,
    String problemStatement,
    TreeSet<String> interventions,
    List<String[]> locations,
    List<BudgetLineData> lines,
    List<Object[]> matches,
    String[] outcome,
    List<String[]> risks) {

  private static final String[] PLACES = {"town centre", "night-time economy", "railway station approaches",
      "park and towpath", "housing estate", "university quarter", "seafront", "retail park"};
  private static final String[] WHAT = {"Safer streets for women and girls in the", "Lighting and guardianship in the",
      "Stopping harassment in the", "Safe routes home through the", "Perpetrator programme serving the"};

  static BidContent draw(SplittableRandom random, int area, List<FinancialQuarter> quarters, List<String> partners) {
    String place = PLACES[random.nextInt(PLACES.length)];
    String title = WHAT[random.nextInt(WHAT.length)] + " " + place + ", " + Names.area(area);
    TreeSet<String> interventions = new TreeSet<>();
    Intervention[] all = Intervention.values();
    int count = 1 + random.nextInt(3);
    while (interventions.size() < count) {
      interventions.add(all[random.nextInt(all.length)].name());
    }
    List<String[]> locations = new ArrayList<>();
    for (int i = 0; i <= random.nextInt(2); i++) {
      locations.add(new String[] {Names.area(area) + (i == 0 ? "" : " (north)"),
          "The " + place + " and the streets around it"});
    }
    int lineCount = 10 + random.nextInt(5);
    List<BudgetLineData> lines = new ArrayList<>();
    for (int i = 0; i < lineCount; i++) {
      FinancialQuarter quarter = quarters.get(i % quarters.size());
      String category = ReferencePlanner.CATEGORIES.get(random.nextInt(ReferencePlanner.CATEGORIES.size()));
      Money amount = Money.of(BigDecimal.valueOf(5_000 + random.nextInt(55_000)).setScale(2));
      lines.add(new BudgetLineData(quarter.year(), quarter.number(), category, "CAPITAL_WORKS".equals(category),
          category.charAt(0) + category.substring(1).toLowerCase().replace('_', ' ') + " for " + place, amount));
    }
    List<Object[]> matches = new ArrayList<>();
    int matchCount = 2 + random.nextInt(3);
    for (int i = 0; i < matchCount; i++) {
      String source = i == 0 ? "PCC office core budget" : partners.get(random.nextInt(partners.size()));
      matches.add(new Object[] {source, quarters.get(0).year().startYear(),
          BigDecimal.valueOf(1_000 + random.nextInt(29_000)).setScale(2), random.nextInt(3) == 0, "PLEDGED", null});
    }
    int baseline = 30 + random.nextInt(20);
    String[] outcome = {"Women who feel safe walking in the area after dark", "percent", baseline + ".00",
        (baseline + 10 + random.nextInt(15)) + ".00", "Street survey before and after, 400 respondents"};
    List<String[]> risks = new ArrayList<>();
    risks.add(new String[] {"Contractors for the works are not available in time", "MEDIUM", "MEDIUM",
        "Order early through the council's framework"});
    if (random.nextBoolean()) {
      risks.add(new String[] {"Volunteer guardians drop out", "LOW", "MEDIUM", "Recruit a reserve list"});
    }
    return new BidContent(title,
        "A partnership plan for the " + place + " in " + Names.area(area) + ": " + String.join(", ", interventions).toLowerCase(),
        "Women and girls report feeling unsafe in the " + place + " after dark; recorded harassment rose in the last"
            + " two years and the area's survey shows a gap to the force average.",
        interventions, locations, lines, matches, outcome, risks);
  }

  Money grantRequested() {
    return lines.stream().map(BudgetLineData::amount).reduce(Money.ZERO, Money::plus);
  }

  /** The audit snapshot {@code AuditSnapshots.of} keeps of a bid. */
  Map<String, Object> auditSnapshot(String reference, String status) {
    TreeMap<FinancialYear, Money> byYear = new TreeMap<>();
    TreeMap<String, Money> byCategory = new TreeMap<>();
    Money capital = Money.ZERO;
    for (BudgetLineData line : lines) {
      byYear.merge(line.year(), line.amount(), Money::plus);
      byCategory.merge(line.category(), line.amount(), Money::plus);
      capital = line.capital() ? capital.plus(line.amount()) : capital;
    }
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("reference", reference);
    values.put("status", status);
    values.put("title", title);
    values.put("summary", summary);
    values.put("problemStatement", problemStatement);
    values.put("interventions", String.join(",", interventions));
    values.put("grantRequested", grantRequested().toString());
    values.put("budgetLines", lines.size());
    values.put("grantByYear", byYear.toString());
    values.put("grantByCategory", byCategory.toString());
    values.put("capital", capital.toString());
    values.put("matchContributions", matches.size());
    values.put("matchTotal", Money.of(matches.stream().map(m -> (BigDecimal) m[2]).reduce(BigDecimal.ZERO, BigDecimal::add)).toString());
    values.put("outcomes", 1);
    return values;
  }
}
