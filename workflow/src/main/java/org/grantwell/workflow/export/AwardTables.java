package org.grantwell.workflow.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.award.AwardRepository.FundedAward;
import org.grantwell.db.shared.FinancialYear;

/** The funded awards as a table: one row per award, with its money from the ledger. */
final class AwardTables {

  static final List<String> HEADINGS =
      List.of(
          "Reference",
          "Round",
          "Programme",
          "Recipient",
          "Force area",
          "Amount awarded",
          "Decision date",
          "Spend from",
          "Spend by",
          "Committed",
          "Paid",
          "Outstanding");

  private AwardTables() {}

  static Table awards(Iterable<FundedAward> awards) {
    return new Table("Funded awards", HEADINGS, Rows.map(awards, AwardTables::row));
  }

  static List<Cell> row(FundedAward award) {
    return List.of(
        Cell.text(award.bidReference()),
        Cell.text(award.roundReference()),
        Cell.text(award.programmeCode()),
        Cell.text(award.recipientName()),
        Cell.text(award.forceAreaName()),
        Cell.money(award.amount()),
        Cell.date(londonDate(award.decidedAt())),
        Cell.date(award.spendStart()),
        Cell.date(award.spendBy()),
        Cell.money(award.committed()),
        Cell.money(award.paid()),
        Cell.money(award.outstanding()));
  }

  static LocalDate londonDate(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, FinancialYear.LONDON);
  }
}
