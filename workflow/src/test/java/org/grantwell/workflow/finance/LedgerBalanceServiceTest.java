package org.grantwell.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import org.grantwell.db.finance.BalanceGrouping;
import org.grantwell.db.finance.FinanceRepository;
import org.grantwell.db.finance.FinanceRows.BalanceRow;
import org.grantwell.db.finance.FinanceScope;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class LedgerBalanceServiceTest {

  private static final Caller FINANCE =
      new Caller("finance.avon", 3L, 1L, "PCC_OFFICE", "avon-and-somerset", Set.of(CandidateGroups.FINANCE_LEAD));

  @Mock private FinanceRepository finance;
  @InjectMocks private LedgerBalanceService service;

  private AutoCloseable mocks;

  @BeforeEach
  void openMocks() {
    mocks = MockitoAnnotations.openMocks(this);
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  @Test
  void shouldNameYearsByFinancialYearAndComputeRemainingAndOutstanding() {
    when(finance.balances(BalanceGrouping.YEAR, new FinanceScope(1L, null, null))).thenReturn(List.of(
        new BalanceRow("2026", "2026", Money.ofPounds(1000), Money.ofPounds(600), Money.ofPounds(250), Money.ofPounds(10)),
        new BalanceRow(null, null, Money.ofPounds(5), Money.ZERO, Money.ZERO, Money.ZERO)));

    List<BalanceView> views = service.balances(FINANCE, " Year ");

    assertThat(views.get(0).label()).isEqualTo("2026-27");
    assertThat(views.get(0).remaining()).isNull();
    assertThat(views.get(0).outstanding()).isEqualTo(Money.ofPounds(350));
    assertThat(views.get(0).by()).isEqualTo("year");
    assertThat(views.get(1).label()).isEqualTo("No financial year");
  }

  @Test
  void shouldGiveWhatIsRemainingWhenGroupingByRound() {
    when(finance.balances(BalanceGrouping.ROUND, new FinanceScope(1L, null, null))).thenReturn(List.of(
        new BalanceRow("SSF4-1", "Safer Streets 4", Money.ofPounds(1000), Money.ofPounds(600), Money.ZERO, Money.ZERO)));

    assertThat(service.balances(FINANCE, "round").get(0).remaining()).isEqualTo(Money.ofPounds(400));
  }

  @Test
  void shouldRefuseAnUnknownGrouping() {
    assertThatThrownBy(() -> service.balances(FINANCE, "colour"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("by"));
  }

  @Test
  void shouldSeeEveryRoundWhenNational() {
    Caller national = new Caller("admin", 1L, 9L, "FUNDER", null, Set.of(CandidateGroups.ADMIN));
    service.balances(national, "area");

    verify(finance).balances(BalanceGrouping.AREA, new FinanceScope(null, null, null));
  }
}
