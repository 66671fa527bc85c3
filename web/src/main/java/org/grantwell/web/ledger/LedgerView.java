package org.grantwell.web.ledger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.ledger.LedgerOverviewService;
import org.grantwell.workflow.ledger.RoundLedgerView;

/** The ledger page: each round's pot, commitments, payments and clawbacks, and any difference. */
@Named
@RequestScoped
public class LedgerView {

  @Inject private LedgerOverviewService overview;
  @Inject private CurrentCaller caller;

  private List<RoundLedgerView> rounds;

  public List<RoundLedgerView> getRounds() {
    if (rounds == null) {
      rounds = caller.current().map(overview::reconciliation).orElse(List.of());
    }
    return rounds;
  }

  public String money(String pounds) {
    return pounds == null ? "" : MoneyFormat.format(Money.of(pounds));
  }

  /** Only the roles of the page's entry in the authorisation matrix open it; anyone else gets 403. */
  public void checkAccess() throws java.io.IOException {
    org.grantwell.web.faces.PageAccess.require(caller.current(), org.grantwell.web.security.AuthorisationMatrix.FINANCE, "The ledger");
  }
}
