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

  private static Workload plan(int bids, long seed) {
    return WorkloadPlanner.plan(new GeneratorSettings("jdbc:postgresql://localhost/none", "u", "p", bids, seed, TODAY));
  }

  @Test
  void shouldPlanTheSameRowsWhenTheSeedIsTheSame() {
    Workload first = plan(200, 42);
    Workload second = plan(200, 42);
    assertThat(first.tables.keySet()).isEqualTo(second.tables.keySet());
    first.tables.forEach((name, table) ->
        assertThat(Arrays.deepEquals(table.rows().toArray(), second.tables.get(name).rows().toArray()))
            .as(name).isTrue());
    assertThat(first.auditHeadHash).isEqualTo(second.auditHeadHash);
  }

  @Test
  void shouldPlanOtherRowsWhenTheSeedDiffers() {
    assertThat(plan(200, 42).auditHeadHash).isNotEqualTo(plan(200, 43).auditHeadHash);
  }

  @Test
  void shouldScaleTheBidsAndWhatTheyLeaveWithTheBidCount() {
    Map<String, Long> small = plan(100, 7).plannedRows();
    Map<String, Long> large = plan(1000, 7).plannedRows();
    assertThat(small.get("bid")).isEqualTo(110);
    assertThat(large.get("bid")).isEqualTo(1100);
    assertThat(large.get("budget_line")).isBetween(1100L * 10, 1100L * 14);
    assertThat(large.get("match_contribution")).isBetween(1100L * 2, 1100L * 4);
    assertThat((double) large.get("audit_entry") / small.get("audit_entry")).isBetween(7.0, 13.0);
    assertThat(large.get("funding_round")).isEqualTo(small.get("funding_round")).isEqualTo(20);
    assertThat(large.get("app_user")).isEqualTo(small.get("app_user")).isEqualTo(177);
  }

  @Test
  void shouldChainEveryAuditEntryToTheOneBeforeIt() {
    Workload work = plan(100, 1);
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
    Workload work = plan(100, 1);
    assertThat(work.rounds).filteredOn(RoundPlan::open).singleElement()
        .satisfies(round -> assertThat(round.reference()).isEqualTo("BENCH-OPEN"));
    assertThat(work.bids).filteredOn(BidPlan::running).hasSize(10)
        .allSatisfy(bid -> assertThat(bid.roundReference()).isEqualTo("BENCH-OPEN"));
  }
}
