package org.grantwell.workflow.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.grantwell.db.ledger.Reconciliation;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.round.FundingRoundRepository;
import org.grantwell.workflow.security.Caller;

/**
 * The reconciliation of every round a finance lead may see: national finance and administrators
 * see every round, anyone else the rounds their organisation funds.
 */
@ApplicationScoped
@Transactional
public class LedgerOverviewService {

  @Inject private FundingRoundRepository rounds;
  @Inject private LedgerService ledger;

  public List<RoundLedgerView> reconciliation(Caller caller) {
    return rounds.findAll().stream()
        .filter(round -> caller.isNational() || round.getFunder().getId().equals(caller.organisationId()))
        .sorted(Comparator.comparing(FundingRound::getReference))
        .map(this::view)
        .toList();
  }

  private RoundLedgerView view(FundingRound round) {
    RoundBalances balances = ledger.balances(round.getId());
    Reconciliation reconciliation = ledger.reconcile(round.getId());
    boolean addsUp = balances.pot().compareTo(balances.committed().plus(balances.remaining())) == 0;
    return new RoundLedgerView(
        round.getReference(),
        round.getName(),
        round.getFunder().getName(),
        balances.pot().toString(),
        balances.committed().toString(),
        balances.remaining().toString(),
        balances.paid().toString(),
        balances.clawedBack().toString(),
        addsUp,
        reconciliation.differences().stream()
            .map(d -> new RoundLedgerView.Difference(d.bidId(), d.figure(), d.fromEntries().toString(), d.inBalance().toString()))
            .toList());
  }
}
