package org.grantwell.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.grantwell.db.finance.FinanceRepository;
import org.grantwell.db.finance.FinanceRows.AwardRow;
import org.grantwell.db.finance.FinanceRows.QuarterAmountRow;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class SpendingWindowServiceTest {

  private static final Caller NATIONAL =
      new Caller("finance.national", 8L, 200L, "FUNDER", null, Set.of(CandidateGroups.NATIONAL_FINANCE));

  @Mock private FinanceRepository finance;
  @Mock private Clock clock;
  @InjectMocks private SpendingWindowService service;

  private AutoCloseable mocks;

  @BeforeEach
  void openMocks() {
    mocks = MockitoAnnotations.openMocks(this);
    // 23:30 UTC on 30 Sep is 00:30 on 1 Oct in London
    when(clock.instant()).thenReturn(Instant.parse("2026-09-30T23:30:00Z"));
    when(finance.fundedAwards(any())).thenReturn(List.of(
        new AwardRow(10, "GW-10", "Safer Bristol", "SSF4-1", "SSF", "Avon", Money.ofPounds(80_000),
            LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), "ACCEPTED"),
        new AwardRow(11, "GW-11", "Safer Bath", "SSF4-1", "SSF", "Bath", Money.ofPounds(10_000),
            LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), "ACCEPTED")));
    // GW-10 asked 100,000 (Q1 40,000, Q2 60,000) and was awarded 80,000: profile 32,000 and 48,000
    when(finance.budgetByQuarter(any())).thenReturn(List.of(
        new QuarterAmountRow(10, 2026, 1, Money.ofPounds(40_000)), new QuarterAmountRow(10, 2026, 2, Money.ofPounds(60_000))));
    when(finance.verifiedSpendByQuarter(any())).thenReturn(List.of(
        new QuarterAmountRow(10, 2026, 1, Money.ofPounds(20_000)), new QuarterAmountRow(11, 2026, 1, Money.ofPounds(10_000))));
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  @Test
  void shouldScaleTheProfileToTheAwardAndJudgeOnTodayInLondon() {
    SpendingReport report = service.report(NATIONAL, null, false);

    assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 10, 1));
    SpendingReport.Award award = report.awards().get(0);
    assertThat(award.quarters()).extracting(SpendingReport.Quarter::profiled)
        .containsExactly(Money.ofPounds(32_000), Money.ofPounds(48_000));
    assertThat(award.spent()).isEqualTo(Money.ofPounds(20_000));
    assertThat(award.elapsedDays()).isEqualTo(184);
  }

  @Test
  void shouldListOnlyTheAwardsAtRiskWhenAsked() {
    SpendingReport report = service.report(NATIONAL, LocalDate.of(2026, 9, 30), true);

    assertThat(report.awards()).extracting(SpendingReport.Award::bidReference).containsExactly("GW-10");
  }
}
