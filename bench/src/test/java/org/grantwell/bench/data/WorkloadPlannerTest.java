package org.grantwell.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.grantwell.db.audit.AuditHasher;
import org.grantwell.db.audit.AuditChange;
import org.junit.jupiter.api.Test;

class WorkloadPlannerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  /** Plans already made, by bids and seed: planning is the slow part, and the tests only read them. */
  private static final Map<String, Workload> PLANNED = new java.util.concurrent.ConcurrentHashMap<>();

  private static Workload plan(int bids, long seed) {
    return WorkloadPlanner.plan(new GeneratorSettings("jdbc:postgresql://localhost/none", "u", "p", bids, seed, TODAY));
  }

  private static Workload planned(int bids, long seed) {
    return PLANNED.computeIfAbsent(bids + "/" + seed, k -> plan(bids, seed));
  }

  @Test
  void shouldPlanTheSameRowsWhenTheSeedIsTheSame() {
    Workload first = planned(100, 42);
    Workload second = plan(100, 42);
    assertThat(first.tables.keySet()).isEqualTo(second.tables.keySet());
    first.tables.forEach((name, table) ->
        assertThat(Arrays.deepEquals(table.rows().toArray(), second.tables.get(name).rows().toArray()))
            .as(name).isTrue());
    assertThat(first.auditHeadHash).isEqualTo(second.auditHeadHash);
  }

  @Test
  void shouldPlanOtherRowsWhenTheSeedDiffers() {
    assertThat(planned(100, 42).auditHeadHash).isNotEqualTo(plan(100, 43).auditHeadHash);
  }

  @Test
  void shouldScaleTheBidsAndWhatTheyLeaveWithTheBidCount() {
    Map<String, Long> small = plan(100, 7).plannedRows();
    Map<String, Long> large = plan(400, 7).plannedRows();
    assertThat(small.get("bid")).isEqualTo(110);
    assertThat(large.get("bid")).isEqualTo(440);
    assertThat(large.get("budget_line")).isBetween(440L * 10, 440L * 14);
    assertThat(large.get("match_contribution")).isBetween(440L * 2, 440L * 4);
    assertThat((double) large.get("audit_entry") / small.get("audit_entry")).isBetween(3.0, 5.5);
    assertThat((double) large.get("ledger_entry") / small.get("ledger_entry")).isBetween(3.0, 5.5);
    assertThat(large.get("funding_round")).isEqualTo(small.get("funding_round")).isEqualTo(20);
    assertThat(large.get("app_user")).isEqualTo(small.get("app_user")).isEqualTo(177);
  }

  @Test
  void shouldChainEveryAuditEntryToTheOneBeforeIt() {
    Workload work = planned(100, 1);
    String previous = null;
    for (Object[] row : work.tables.get("audit_entry").rows()) {
      AuditChange change = new AuditChange((java.time.Instant) row[1], (String) row[2], (String) row[3],
          (String) row[4], (String) row[5], (String) row[6], (String) row[7]);
      assertThat(row[8]).isEqualTo(previous);
      assertThat(row[9]).isEqualTo(AuditHasher.hash(change, previous));
      previous = (String) row[9];
    }
    assertThat(previous).isEqualTo(work.auditHeadHash);
  }

  @Test
  void shouldOpenOneRoundWhoseWindowContainsToday() {
    Workload work = planned(100, 1);
    assertThat(work.rounds).filteredOn(RoundPlan::open).singleElement()
        .satisfies(round -> assertThat(round.reference()).isEqualTo("BENCH-OPEN"));
    assertThat(work.bids).filteredOn(BidPlan::running).hasSize(10)
        .allSatisfy(bid -> assertThat(bid.roundReference()).isEqualTo("BENCH-OPEN"));
  }

  @Test
  void shouldFundMostAwardsOverSeveralYears() {
    Workload work = planned(100, 1);
    var closed = work.bids.stream().filter(b -> b.stage() == BidPlan.Stage.CLOSED).toList();
    assertThat(closed).isNotEmpty();
    assertThat(closed.stream().filter(b -> b.quarters().size() >= 8).count()).isGreaterThan(closed.size() / 2);
    assertThat(closed).allSatisfy(b -> assertThat(b.quarters()).hasSizeBetween(1, 12));
  }

  @Test
  void shouldGiveEveryFinishedBidTheTemplateOfItsShape() {
    Workload work = planned(100, 1);
    var finished = work.bids.stream().filter(b -> !b.running()).toList();
    var templates = HistoryCloner.templatesFor(finished);
    assertThat(templates.stream().mapToInt(t -> t.bids.size()).sum()).isEqualTo(finished.size());
    assertThat(templates.stream().map(t -> t.shape).distinct()).hasSameSizeAs(templates);
    for (HistoryCloner.Template template : templates) {
      assertThat(template.bids).allSatisfy(bid -> {
        assertThat(HistoryCloner.Shape.of(bid)).isEqualTo(template.shape);
        assertThat(HistoryCloner.steps(bid)).hasSameSizeAs(HistoryCloner.steps(template.plan));
      });
    }
  }
}
