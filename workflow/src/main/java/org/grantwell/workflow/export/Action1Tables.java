package org.grantwell.workflow.export;

import java.util.ArrayList;
import java.util.List;
import org.grantwell.workflow.report.Action1Report;
import org.grantwell.workflow.report.Action1Report.Access;
import org.grantwell.workflow.report.Action1Report.Fairness;
import org.grantwell.workflow.report.Action1Report.OutcomeTotal;
import org.grantwell.workflow.report.Action1Report.Sustainability;
import org.grantwell.workflow.report.CountShare;
import org.grantwell.workflow.report.MoneyShare;

/**
 * The Action 1 report as tables, section by section: sustainability (its figures and the cliff
 * edges), access (its figures, the application windows by programme and the short windows),
 * fairness (its figures and the money per area), the possible duplications, and the outcomes by
 * programme and by force area. The figures are the report's own; nothing is recomputed here.
 */
final class Action1Tables {

  static final List<String> FIGURE_HEADINGS = List.of("Figure", "Value", "Out of", "Percent");

  private Action1Tables() {}

  static List<Table> of(Action1Report report) {
    List<Table> tables = new ArrayList<>();
    tables.add(sustainability(report.sustainability()));
    tables.add(cliffEdges(report.sustainability()));
    tables.add(access(report.access()));
    tables.add(applicationWindows(report.access()));
    tables.add(shortWindows(report.access()));
    tables.add(fairness(report.fairness()));
    tables.add(areas(report.fairness()));
    tables.add(duplications(report.duplications(), report.duplicationsFound()));
    tables.add(outcomes("Outcomes by programme", "Programme", report.outcomes().byProgramme()));
    tables.add(outcomes("Outcomes by force area", "Force area", report.outcomes().byArea()));
    return tables;
  }

  static Table sustainability(Sustainability s) {
    return figures("Sustainability", List.of(moneyShare("Multi-year funding", s.multiYear())));
  }

  static Table cliffEdges(Sustainability s) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Action1Report.CliffEdge c : s.cliffEdges()) {
      rows.add(List.of(Cell.text(c.bidReference()), Cell.text(c.programmeCode()),
          Cell.text(c.recipientName()), Cell.money(c.amount()), Cell.date(c.spendBy()),
          Cell.number(c.daysLeft())));
    }
    return new Table("Sustainability: cliff edges",
        List.of("Bid", "Programme", "Recipient", "Amount", "Spend by", "Days left"), rows);
  }

  static Table access(Access a) {
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(Cell.text("Minimum application window (days)"),
        Cell.number(a.minimumWindowDays()), blank(), blank()));
    rows.add(List.of(Cell.text("Median spending window (days)"),
        Cell.number(a.spendingWindow().medianDays()), blank(), blank()));
    rows.add(moneyShare("Money with under six months to spend", a.shortSpendingTime()));
    rows.add(countShare("Rounds asking for match funding", a.matchFundedRounds()));
    rows.add(List.of(Cell.text("Match funding asked"), Cell.money(a.matchFundingAsked().amount()),
        blank(), blank()));
    rows.add(countShare("Awards published as open data", a.openData()));
    return figures("Access", rows);
  }

  static Table applicationWindows(Access a) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Action1Report.ProgrammeWindows w : a.applicationWindows()) {
      rows.add(List.of(Cell.text(w.programmeCode()), Cell.number(w.medianDays()),
          Cell.number(w.shortestDays()), Cell.text(w.shortestRound()),
          Cell.number(w.sources().size())));
    }
    return new Table("Access: application windows by programme",
        List.of("Programme", "Median days", "Shortest days", "Shortest round", "Rounds"), rows);
  }

  static Table shortWindows(Access a) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Action1Report.ShortWindow w : a.shortWindows()) {
      rows.add(List.of(Cell.text(w.roundReference()), Cell.text(w.programmeCode()),
          Cell.number(w.days())));
    }
    return new Table("Access: windows shorter than " + a.minimumWindowDays() + " days",
        List.of("Round", "Programme", "Days"), rows);
  }

  static Table fairness(Fairness f) {
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(Cell.text("Awarded"), Cell.money(f.awarded().amount()), blank(), blank()));
    rows.add(List.of(Cell.text("Residents"), Cell.number(f.population()), blank(), blank()));
    rows.add(List.of(Cell.text("Awarded per 1,000 residents"), Cell.money(f.nationalPerThousand()),
        blank(), blank()));
    rows.add(List.of(Cell.text("Gini coefficient of money per resident"),
        Cell.number(f.spread().gini()), blank(), blank()));
    rows.add(List.of(Cell.text("Highest to lowest decile ratio"),
        Cell.number(f.spread().decileRatio()), blank(), blank()));
    rows.add(List.of(Cell.text("Areas that bid and got nothing"),
        Cell.number(f.areasBidNothing().size()), Cell.number(f.areas().size()), blank()));
    return figures("Fairness", rows);
  }

  static Table areas(Fairness f) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Action1Report.AreaFunding a : f.areas()) {
      rows.add(List.of(Cell.text(a.code()), Cell.text(a.name()), Cell.number(a.population()),
          Cell.money(a.awarded()), Cell.money(a.perThousand()), Cell.number(a.nationalIndex()),
          Cell.number(a.needsIndicator()), Cell.number(a.needIndex()),
          Cell.yesNo(f.areasBidNothing().contains(a.code()))));
    }
    return new Table("Fairness per area",
        List.of("Code", "Force area", "Residents", "Awarded", "Per 1,000 residents",
            "National index", "Needs indicator", "Need index", "Bid and got nothing"),
        rows);
  }

  static Table duplications(List<Action1Report.Duplication> duplications, int found) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Action1Report.Duplication d : duplications) {
      rows.add(List.of(Cell.text(d.firstBidReference()), Cell.text(d.firstProgrammeCode()),
          Cell.text(d.secondBidReference()), Cell.text(d.secondProgrammeCode()),
          Cell.text(d.recipientName()), Cell.date(d.overlapFrom()), Cell.date(d.overlapTo()),
          Cell.text(String.join(", ", d.sharedInterventions()))));
    }
    return new Table(found > duplications.size()
            ? "Possible duplications (the first " + duplications.size() + " of " + found + ")"
            : "Possible duplications",
        List.of("First bid", "Programme", "Second bid", "Programme", "Recipient", "Overlap from",
            "Overlap to", "Shared interventions"),
        rows);
  }

  static Table outcomes(String title, String group, List<OutcomeTotal> totals) {
    List<List<Cell>> rows = new ArrayList<>();
    for (OutcomeTotal t : totals) {
      rows.add(List.of(Cell.text(t.group()), Cell.text(t.indicator()), Cell.number(t.target()),
          Cell.number(t.reportedTarget()), Cell.number(t.actual()),
          Cell.percent(t.achievedPercent()), Cell.number(t.reported().size()),
          Cell.number(t.notYetReported().size())));
    }
    return new Table(title,
        List.of(group, "Indicator", "Target", "Reported target", "Actual", "Achieved",
            "Bids reported", "Bids not yet reported"),
        rows);
  }

  private static Table figures(String title, List<List<Cell>> rows) {
    return new Table(title, FIGURE_HEADINGS, rows);
  }

  private static List<Cell> moneyShare(String label, MoneyShare share) {
    return List.of(Cell.text(label), Cell.money(share.part()), Cell.money(share.whole()),
        Cell.percent(share.percent()));
  }

  private static List<Cell> countShare(String label, CountShare share) {
    return List.of(Cell.text(label), Cell.number(share.part()), Cell.number(share.whole()),
        Cell.percent(share.percent()));
  }

  private static Cell blank() {
    return Cell.text(null);
  }

}
