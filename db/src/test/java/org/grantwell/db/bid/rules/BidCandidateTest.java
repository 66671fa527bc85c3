package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2022;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2023;
import static org.grantwell.db.bid.rules.SaferStreets4.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class BidCandidateTest {

  @Test
  void shouldDeriveGrantRequestedWhenSummingTheBudgetLines() {
    BidCandidate bid = SaferStreets4.validBid().build();

    assertThat(bid.grantRequested()).isEqualTo(Money.of("750000.00"));
  }

  @Test
  void shouldTotalEachFinancialYearWhenItHasSeveralLines() {
    BidCandidate bid = SaferStreets4.validBid().build();

    assertThat(bid.totalsByYear())
        .containsExactly(
            Map.entry(FY_2022, Money.of("500000.00")), Map.entry(FY_2023, Money.of("250000.00")));
  }

  @Test
  void shouldReadMissingListsAsEmptyWhenTheDraftHasNone() {
    BidCandidate draft = new BidBuilder().lines((List<BudgetLineData>) null).build();

    assertThat(draft.budgetLines()).isEmpty();
    assertThat(draft.grantRequested()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldKeepItsOwnCopyWhenTheCallersListChanges() {
    List<BudgetLineData> lines = new ArrayList<>(List.of(line(FY_2022, 1, "100.00")));
    BidCandidate bid = SaferStreets4.validBid().lines(lines).build();

    lines.add(line(FY_2022, 2, "100.00"));

    assertThat(bid.grantRequested()).isEqualTo(Money.of("100.00"));
  }
}
