package org.grantwell.workflow.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.award.AwardRepository.FundedAward;
import org.grantwell.db.shared.Money;

/** Hand-built tables, reports and award rows for the export tests. */
final class TableSamples {

  static final LocalDate GENERATED = LocalDate.of(2026, 11, 29);

  private TableSamples() {}

  /** One row of every cell type, a row with an injected formula, a row of empties. */
  static Table mixed() {
    return new Table(
        "Mixed cells",
        List.of("Name", "Amount", "Date", "Count", "Share"),
        List.of(
            List.of(
                Cell.text("Safe Places, \"Trust\""),
                Cell.money(Money.of("1250000.50")),
                Cell.date(LocalDate.of(2026, 9, 3)),
                Cell.number(43),
                Cell.percent(new BigDecimal("12.5"))),
            List.of(
                Cell.text("=HYPERLINK(\"http://evil\")"),
                Cell.money(Money.of("-12.50")),
                Cell.date(null),
                Cell.number(new BigDecimal("1.25")),
                Cell.percent(null)),
            List.of(
                Cell.text(null),
                Cell.money(null),
                Cell.date(null),
                Cell.number((BigDecimal) null),
                Cell.percent(null))));
  }

  static Report report(Table... tables) {
    return new Report("Test report", "All funding rounds", GENERATED, List.of(tables));
  }

  /** A funded award row as the repository reads it; {@code id} makes the reference. */
  static FundedAward funded(long id, Instant publishedAt) {
    return new FundedAward(
        id,
        "GW-" + id,
        "Safer parks " + id,
        "Lighting and guardians",
        Money.of("125000.00"),
        Money.of("150000.00"),
        Instant.parse("2026-08-01T10:00:00Z"),
        LocalDate.of(2026, 10, 1),
        LocalDate.of(2028, 3, 31),
        publishedAt,
        1000L,
        "SSF5-R1",
        "Safer Streets Fund round 5",
        "SSF",
        "Safer Streets Fund",
        "COMPETITIVE",
        101L,
        "Home Office",
        "GB-GOR-D16",
        7L,
        "Safe Places Trust",
        id % 2 == 0 ? "not an org id" : "GB-CHC-1070468",
        "avon-and-somerset",
        "Avon and Somerset",
        Money.of("125000.00"),
        Money.of("25000.00"),
        Money.ZERO);
  }
}
