package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.report.Action1Report;
import org.grantwell.workflow.report.Action1Report.AreaFunding;
import org.grantwell.workflow.report.Action1Report.CliffEdge;
import org.grantwell.workflow.report.Action1Report.Duplication;
import org.grantwell.workflow.report.Action1Report.OutcomeTotal;
import org.grantwell.workflow.report.CountShare;
import org.grantwell.workflow.report.DayMedian;
import org.grantwell.workflow.report.MoneyShare;
import org.grantwell.workflow.report.MoneyTotal;
import org.junit.jupiter.api.Test;

class Action1TablesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

  /** A small report with one of everything, built by hand. */
  private static Action1Report report() {
    var sustainability =
        new Action1Report.Sustainability(
            new MoneyShare(Money.of("300.00"), Money.of("1000.00"), new BigDecimal("30.0"),
                List.of("GW-1"), List.of("GW-1", "GW-2")),
            List.of(new CliffEdge("GW-2", "SSF", "GB-CHC-1", "Safe Places Trust",
                Money.of("700.00"), LocalDate.of(2027, 3, 31), 122)));
    var access =
        new Action1Report.Access(
            28,
            List.of(new Action1Report.ProgrammeWindows("SSF", new BigDecimal("42.5"), 21, "SSF-R2",
                List.of("SSF-R1", "SSF-R2"))),
            List.of(new Action1Report.ShortWindow("SSF-R2", "SSF", 21)),
            new DayMedian(new BigDecimal("365.0"), List.of("GW-1", "GW-2")),
            new MoneyShare(Money.ZERO, Money.of("1000.00"), new BigDecimal("0.0"), List.of(),
                List.of("GW-1", "GW-2")),
            new CountShare(1, 2, new BigDecimal("50.0"), List.of("SSF-R1"),
                List.of("SSF-R1", "SSF-R2")),
            new MoneyTotal(Money.of("250.00"), List.of("GW-1")),
            new CountShare(0, 2, new BigDecimal("0.0"), List.of(), List.of("GW-1", "GW-2")));
    var fairness =
        new Action1Report.Fairness(
            new MoneyTotal(Money.of("1000.00"), List.of("GW-1", "GW-2")),
            2_000_000,
            Money.of("0.50"),
            List.of(
                new AreaFunding("avon", "Avon and Somerset", 1_500_000, Money.of("1000.00"),
                    Money.of("0.67"), new BigDecimal("133.3"), null, null, List.of("GW-1", "GW-2")),
                new AreaFunding("dorset", "Dorset", 500_000, Money.ZERO, Money.ZERO,
                    new BigDecimal("0.0"), null, null, List.of())),
            new Action1Report.Spread(new BigDecimal("0.5000"), null, List.of("avon"),
                List.of("dorset"), List.of("avon", "dorset")),
            List.of("dorset"));
    var duplications =
        List.of(new Duplication("GW-1", "SSF", "GW-3", "DAPI", "GB-CHC-1", "Safe Places Trust",
            LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31), List.of("CCTV", "LIGHTING")));
    var outcome =
        new OutcomeTotal("SSF", "victims supported", new BigDecimal("100"), new BigDecimal("60"),
            new BigDecimal("45"), new BigDecimal("75.0"), List.of("GW-1"), List.of("GW-2"));
    return new Action1Report(AS_OF, sustainability, access, fairness, duplications, duplications.size(),
        new Action1Report.Outcomes(List.of(outcome), List.of()));
  }

  private static List<List<Cell>> rows(Table table) {
    List<List<Cell>> rows = new ArrayList<>();
    table.rows().forEach(rows::add);
    return rows;
  }

  @Test
  void shouldMakeOneTableOrMorePerSectionInReportOrderWhenBuilt() {
    assertThat(Action1Tables.of(report())).extracting(Table::title)
        .containsExactly(
            "Sustainability",
            "Sustainability: cliff edges",
            "Access",
            "Access: application windows by programme",
            "Access: windows shorter than 28 days",
            "Fairness",
            "Fairness per area",
            "Possible duplications",
            "Outcomes by programme",
            "Outcomes by force area");
  }

  @Test
  void shouldGiveTheMultiYearShareAsMoneyAndPercentWhenSustainability() {
    List<Cell> row = rows(Action1Tables.sustainability(report().sustainability())).get(0);

    assertThat(row).containsExactly(
        Cell.text("Multi-year funding"), Cell.money(Money.of("300.00")),
        Cell.money(Money.of("1000.00")), Cell.percent(new BigDecimal("30.0")));
  }

  @Test
  void shouldListEachCliffEdgeWithDaysLeftWhenSustainability() {
    assertThat(rows(Action1Tables.cliffEdges(report().sustainability())))
        .containsExactly(List.of(Cell.text("GW-2"), Cell.text("SSF"), Cell.text("Safe Places Trust"),
            Cell.money(Money.of("700.00")), Cell.date(LocalDate.of(2027, 3, 31)), Cell.number(122)));
  }

  @Test
  void shouldGiveOneRowPerAreaWithItsIndexAndWhetherItBidForNothingWhenFairness() {
    List<List<Cell>> rows = rows(Action1Tables.areas(report().fairness()));

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).startsWith(Cell.text("avon"), Cell.text("Avon and Somerset"),
        Cell.number(1_500_000), Cell.money(Money.of("1000.00")), Cell.money(Money.of("0.67")),
        Cell.number(new BigDecimal("133.3")));
    assertThat(rows.get(0).get(8)).isEqualTo(Cell.text("No"));
    assertThat(rows.get(1).get(8)).isEqualTo(Cell.text("Yes"));
  }

  @Test
  void shouldCountOpenDataAndMatchFundingWhenAccess() {
    List<List<Cell>> rows = rows(Action1Tables.access(report().access()));

    assertThat(rows).contains(List.of(Cell.text("Awards published as open data"), Cell.number(0),
        Cell.number(2), Cell.percent(new BigDecimal("0.0"))));
    assertThat(rows).anySatisfy(r -> assertThat(r.get(1)).isEqualTo(Cell.money(Money.of("250.00"))));
  }

  @Test
  void shouldJoinSharedInterventionsAndGiveTheOverlapWhenDuplicated() {
    assertThat(rows(Action1Tables.duplications(report().duplications(), report().duplicationsFound())).get(0))
        .containsExactly(Cell.text("GW-1"), Cell.text("SSF"), Cell.text("GW-3"), Cell.text("DAPI"),
            Cell.text("Safe Places Trust"), Cell.date(LocalDate.of(2026, 10, 1)),
            Cell.date(LocalDate.of(2027, 3, 31)), Cell.text("CCTV, LIGHTING"));
  }

  @Test
  void shouldGiveTargetsActualsAndReportCountsWhenOutcomes() {
    Table table = Action1Tables.of(report()).get(8);

    assertThat(rows(table)).containsExactly(List.of(Cell.text("SSF"), Cell.text("victims supported"),
        Cell.number(new BigDecimal("100")), Cell.number(new BigDecimal("60")),
        Cell.number(new BigDecimal("45")), Cell.percent(new BigDecimal("75.0")), Cell.number(1),
        Cell.number(1)));
    assertThat(rows(Action1Tables.of(report()).get(9))).isEmpty();
  }

  @Test
  void shouldWriteEveryTableToEveryFormatWhenWholeReport() throws Exception {
    Report whole = new Report("Action 1 report", "All funding rounds", AS_OF, Action1Tables.of(report()));

    for (ReportWriter writer : List.of(new TableCsvWriter(), new TableXlsxWriter(), new TablePdfWriter())) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      writer.write(whole, out);
      assertThat(out.size()).as(writer.getClass().getSimpleName()).isPositive();
    }
  }

  @Test
  void shouldSayHowManyDuplicationsWereFoundWhenTheReportListsOnlyTheFirst() {
    List<Action1Report.Duplication> listed = report().duplications();

    assertThat(Action1Tables.duplications(listed, listed.size() + 4000).title())
        .isEqualTo("Possible duplications (the first " + listed.size() + " of " + (listed.size() + 4000) + ")");
    assertThat(Action1Tables.duplications(listed, listed.size()).title()).isEqualTo("Possible duplications");
  }
}
