package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.grantwell.db.award.Award;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.delivery.MonitoringReturn;
import org.grantwell.db.delivery.MonitoringReturnRepository;
import org.grantwell.db.delivery.ReturnStatus;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.workflow.lifecycle.Awards;
import org.grantwell.workflow.lifecycle.ReturnPeriods;

/**
 * Finds the next quarter of the award's spending window without a verified return and sets when
 * it ends; none left means delivery is over. Reads the window each time, so an extension approved
 * in a variation adds quarters. The variable names differ by process, so the names are given.
 */
@Dependent
public class ScheduleNextReturnDelegate {

  @Inject private Steps steps;
  @Inject private Awards awards;
  @Inject private MonitoringReturnRepository returns;

  void schedule(DelegateExecution execution, String moreVariable, String nextEndVariable) {
    Bid bid = steps.bid(execution);
    Award award = awards.of(bid);
    List<FinancialQuarter> done = returns.findByBid(bid).stream()
        .filter(r -> r.getStatus() == ReturnStatus.VERIFIED && !r.isFinalReturn())
        .map(MonitoringReturn::period)
        .toList();
    Optional<FinancialQuarter> next = ReturnPeriods.next(award.getSpendStart(), award.getSpendBy(), done);
    execution.setVariable(moreVariable, next.isPresent());
    next.ifPresent(quarter -> execution.setVariable(nextEndVariable, ReturnPeriods.endOf(quarter).toString()));
  }
}
