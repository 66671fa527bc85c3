package org.grantwell.workflow.victims;

import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_APPLY_VARIATION;
import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_CLOSE_ALLOCATION;
import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_COMPUTE_ALLOCATION;
import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_ISSUE_GRANT_AGREEMENT;
import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_PAY_CLAIM;
import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_SCHEDULE_NEXT_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_MORE_PERIODS;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_NEXT_PERIOD_END;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.workflow.testing.DelegateStubs;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Mockito stand-ins for every delegate of the victims' funding process, registered under their
 * bean names for the {@code MockExpressionManager}. Built fresh per test; the test calls {@code
 * Mocks.reset()} afterwards. The setters make the mocks write the variables the gateways read.
 */
final class DelegateMocks {

  final JavaDelegate computeAllocation = mock(JavaDelegate.class);
  final JavaDelegate issueGrantAgreement = mock(JavaDelegate.class);
  final JavaDelegate scheduleNextReturn = mock(JavaDelegate.class);
  final JavaDelegate payClaim = mock(JavaDelegate.class);
  final JavaDelegate applyVariation = mock(JavaDelegate.class);
  final JavaDelegate closeAllocation = mock(JavaDelegate.class);

  private DelegateMocks() {}

  static DelegateMocks register() {
    DelegateMocks mocks = new DelegateMocks();
    Mocks.register(BEAN_COMPUTE_ALLOCATION, mocks.computeAllocation);
    Mocks.register(BEAN_ISSUE_GRANT_AGREEMENT, mocks.issueGrantAgreement);
    Mocks.register(BEAN_SCHEDULE_NEXT_RETURN, mocks.scheduleNextReturn);
    Mocks.register(BEAN_PAY_CLAIM, mocks.payClaim);
    Mocks.register(BEAN_APPLY_VARIATION, mocks.applyVariation);
    Mocks.register(BEAN_CLOSE_ALLOCATION, mocks.closeAllocation);
    return mocks;
  }

  /**
   * Scheduling hands out the given period ends (ISO instants) in turn, then reports that no periods
   * remain.
   */
  DelegateMocks periods(String... periodEnds) throws Exception {
    DelegateStubs.periods(scheduleNextReturn, VAR_MORE_PERIODS, VAR_NEXT_PERIOD_END, periodEnds);
    return this;
  }

  /** Records the value of the named variable each time the delegate runs. */
  static List<Object> recordVariable(JavaDelegate delegate, String variable) throws Exception {
    return DelegateStubs.recordVariable(delegate, variable);
  }
}
