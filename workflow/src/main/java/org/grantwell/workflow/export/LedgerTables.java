package org.grantwell.workflow.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.grantwell.db.ledger.Reconciliation;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;
import org.grantwell.workflow.ledger.RoundBalances;

/** The allocation ledger as tables: the reconciliation by round, then every entry by round. */
final class LedgerTables {

  static final List<String> RECONCILIATION_HEADINGS =
      List.of(
          "Round",
          "Name",
          "Funder",
          "Pot",
          "Committed",
          "Remaining",
          "Paid",
          "Clawed back",
          "Outstanding",
          "Pot adds up",
          "Differences");

  static final List<String> ENTRY_HEADINGS =
      List.of(
          "Round",
          "Entry",
          "Date",
          "Type",
          "Bid",
          "Financial year",
          "Quarter",
          "Cost category",
          "Amount",
          "Reason",
          "Recorded by");

  private LedgerTables() {}

  /** One round's balances and its check against its entries. */
  record RoundLedger(
      String reference,
      String name,
      String funder,
      RoundBalances balances,
      Reconciliation reconciliation) implements java.io.Serializable {}

  /**
   * One ledger entry as the export shows it.
   *
   * @param bidReference the award's bid reference, or null for a round's own entry
   * @param financialYear the label ({@code 2026-27}), or null
   */
  record Line(
      String roundReference,
      long id,
      Instant createdAt,
      String type,
      String bidReference,
      String financialYear,
      Integer quarter,
      String costCategory,
      Money amount,
      String reason,
      String createdBy) implements java.io.Serializable {}

  static Table reconciliation(List<RoundLedger> rounds) {
    List<List<Cell>> rows = new ArrayList<>();
    for (RoundLedger round : rounds) {
      RoundBalances b = round.balances();
      boolean addsUp = b.pot().compareTo(b.committed().plus(b.remaining())) == 0;
      rows.add(
          List.of(
              Cell.text(round.reference()),
              Cell.text(round.name()),
              Cell.text(round.funder()),
              Cell.money(b.pot()),
              Cell.money(b.committed()),
              Cell.money(b.remaining()),
              Cell.money(b.paid()),
              Cell.money(b.clawedBack()),
              Cell.money(b.outstanding()),
              Cell.yesNo(addsUp),
              Cell.text(differences(round.reconciliation()))));
    }
    return new Table("Reconciliation by round", RECONCILIATION_HEADINGS, rows);
  }

  static Table entries(Iterable<Line> lines) {
    return new Table("Ledger entries by round", ENTRY_HEADINGS, Rows.map(lines, LedgerTables::row));
  }

  private static List<Cell> row(Line line) {
    return List.of(
        Cell.text(line.roundReference()),
        Cell.number(line.id()),
        Cell.date(AwardTables.londonDate(line.createdAt())),
        Cell.text(line.type()),
        Cell.text(line.bidReference()),
        Cell.text(line.financialYear()),
        line.quarter() == null ? Cell.number((java.math.BigDecimal) null) : Cell.number(line.quarter()),
        Cell.text(line.costCategory()),
        Cell.money(line.amount()),
        Cell.text(line.reason()),
        Cell.text(line.createdBy()));
  }

  /** "None", or each difference: "bid 12 paid: entries £5.00, balance £0.00". */
  static String differences(Reconciliation reconciliation) {
    if (reconciliation.isBalanced()) {
      return "None";
    }
    return reconciliation.differences().stream()
        .map(
            d ->
                (d.bidId() == null ? "round" : "bid " + d.bidId()) + " " + d.figure()
                    + ": entries " + MoneyFormat.format(d.fromEntries())
                    + ", balance " + MoneyFormat.format(d.inBalance()))
        .collect(Collectors.joining("; "));
  }
}
