package org.grantwell.workflow.victims;

import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_APPLY_VARIATION;
import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_CLOSE_ALLOCATION;
import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_COMPUTE_ALLOCATION;
import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_ISSUE_GRANT_AGREEMENT;
import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_PAY_CLAIM;
import static org.grantwell.workflow.model.VictimsFundingIds.BEAN_SCHEDULE_NEXT_RETURN;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_MORE_PERIODS;
import static org.grantwell.workflow.model.VictimsFundingIds.VAR_NEXT_PERIOD_END;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.stubbing.Answer;
import org.mockito.stubbing.Stubber;

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
    Stubber stubber = null;
    for (String periodEnd : periodEnds) {
      Answer<Void> next = setting(Map.of(VAR_MORE_PERIODS, true, VAR_NEXT_PERIOD_END, periodEnd));
      stubber = stubber == null ? doAnswer(next) : stubber.doAnswer(next);
    }
    Answer<Void> done = setting(Map.of(VAR_MORE_PERIODS, false));
    stubber = stubber == null ? doAnswer(done) : stubber.doAnswer(done);
    stubber.when(scheduleNextReturn).execute(any());
    return this;
  }

  /** Records the value of the named variable each time the delegate runs. */
  static List<Object> recordVariable(JavaDelegate delegate, String variable) throws Exception {
    List<Object> seen = new ArrayList<>();
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              seen.add(execution.getVariable(variable));
              return null;
            })
        .when(delegate)
        .execute(any());
    return seen;
  }

  private static Answer<Void> setting(Map<String, Object> variables) {
    return invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      variables.forEach(execution::setVariable);
      return null;
    };
  }
}
