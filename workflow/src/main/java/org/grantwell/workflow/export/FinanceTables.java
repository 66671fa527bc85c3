package org.grantwell.workflow.export;

import java.util.ArrayList;
import java.util.List;
import org.grantwell.workflow.finance.MatchFundingReport;
import org.grantwell.workflow.finance.MatchTotals;
import org.grantwell.workflow.finance.SpendingReport;

/**
 * The match-funding position and the spending-window tracker as tables: what a finance lead hands
 * an auditor to show which awards lack confirmed match funding and how much money is at risk.
 */
final class FinanceTables {

  private FinanceTables() {}

  static List<Table> matchFunding(MatchFundingReport report) {
    List<List<Cell>> bids = new ArrayList<>();
    List<List<Cell>> contributions = new ArrayList<>();
    for (MatchFundingReport.Bid bid : report.bids()) {
      List<Cell> row = new ArrayList<>(List.of(Cell.text(bid.bidReference()), Cell.text(bid.roundReference()),
          Cell.text(bid.programmeCode()), Cell.text(bid.leadOrganisationName()), Cell.yesNo(bid.awarded()), Cell.money(bid.grant())));
      row.addAll(totals(bid.totals()));
      row.add(Cell.percent(bid.ratioPercent()));
      row.add(Cell.number(bid.overdue()));
      bids.add(row);
      for (MatchFundingReport.Contribution c : bid.contributions()) {
        contributions.add(List.of(Cell.text(bid.bidReference()), Cell.text(c.source()), Cell.text(c.financialYear()),
            Cell.money(c.amount()), Cell.text(c.inKind() ? "In kind" : "Cash"), Cell.text(c.status()), Cell.text(c.evidence()),
            Cell.text(c.changedBy()), Cell.date(AwardTables.londonDate(c.changedAt())), Cell.yesNo(c.overdue())));
      }
    }
    List<String> totalsHeadings = List.of("Pledged", "Confirmed", "Received", "Cash", "In kind", "Total");
    List<String> bidHeadings = new ArrayList<>(List.of("Bid", "Round", "Programme", "Lead organisation", "Awarded", "Grant"));
    bidHeadings.addAll(totalsHeadings);
    bidHeadings.addAll(List.of("Match to grant", "Pledges overdue (" + report.pledgedDays() + " days)"));
    List<String> groupHeadings = new ArrayList<>(List.of("Key", "Bids", "Grant"));
    groupHeadings.addAll(totalsHeadings);
    groupHeadings.addAll(List.of("Match to grant", "Pledges overdue"));
    return List.of(
        new Table("Match funding by bid", bidHeadings, bids),
        new Table("Contributions", List.of("Bid", "Source", "Financial year", "Amount", "Cash or in kind", "Status", "Evidence",
            "Status changed by", "Status changed on", "Still only pledged"), contributions),
        new Table("Match funding by round", groupHeadings, groups(report.rounds())),
        new Table("Match funding by programme", groupHeadings, groups(report.programmes())));
  }

  static List<Table> spending(SpendingReport report) {
    List<String> headings = List.of("Bid", "Round", "Programme", "Recipient", "Award", "Spend from", "Spend by", "Window",
        "Window elapsed", "Profiled to date", "Spent", "Spent of award", "Forecast by spend-by", "Underspend at risk",
        "Under half spent after two thirds");
    List<List<Cell>> rounds = report.rounds().stream()
        .map(r -> List.of(Cell.text(r.roundReference()), Cell.text(r.programmeCode()), Cell.number(r.awards()),
            Cell.money(r.awarded()), Cell.money(r.spent()), Cell.money(r.atRisk()), Cell.number(r.behind())))
        .toList();
    return List.of(
        new Table("Money at risk by round", List.of("Round", "Programme", "Awards", "Awarded", "Spent (verified)",
            "Underspend at risk", "Awards behind"), rounds),
        new Table("Awards at risk, most money first", headings, report.atRisk().stream().map(FinanceTables::award).toList()),
        new Table("Every award's spending window", headings, report.awards().stream().map(FinanceTables::award).toList()));
  }

  private static List<Cell> award(SpendingReport.Award a) {
    return List.of(Cell.text(a.bidReference()), Cell.text(a.roundReference()), Cell.text(a.programmeCode()),
        Cell.text(a.organisationName()), Cell.money(a.amount()), Cell.date(a.spendStart()), Cell.date(a.spendBy()),
        Cell.text(window(a.window())), Cell.percent(a.elapsedPercent()), Cell.money(a.profiledToDate()), Cell.money(a.spent()),
        Cell.percent(a.spentPercent()), Cell.money(a.forecast()), Cell.money(a.underspendAtRisk()), Cell.yesNo(a.behind()));
  }

  private static String window(SpendingReport.WindowState state) {
    return switch (state) {
      case NOT_STARTED -> "Not started";
      case OPEN -> "Open";
      case OVER -> "Over";
    };
  }

  private static List<List<Cell>> groups(List<MatchFundingReport.Group> groups) {
    List<List<Cell>> rows = new ArrayList<>();
    for (MatchFundingReport.Group g : groups) {
      List<Cell> row = new ArrayList<>(List.of(Cell.text(g.key()), Cell.number(g.bids()), Cell.money(g.grant())));
      row.addAll(totals(g.totals()));
      row.add(Cell.percent(g.ratioPercent()));
      row.add(Cell.number(g.overdue()));
      rows.add(row);
    }
    return rows;
  }

  private static List<Cell> totals(MatchTotals t) {
    return List.of(Cell.money(t.pledged()), Cell.money(t.confirmed()), Cell.money(t.received()), Cell.money(t.cash()),
        Cell.money(t.inKind()), Cell.money(t.total()));
  }
}
