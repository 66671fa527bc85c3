package org.grantwell.workflow.localcommissioning;

import static org.grantwell.workflow.model.LocalCommissioningIds.BEAN_APPLY_VARIATION;
import static org.grantwell.workflow.model.LocalCommissioningIds.BEAN_CHECK_ELIGIBILITY;
import static org.grantwell.workflow.model.LocalCommissioningIds.BEAN_CLOSE_AWARD;
import static org.grantwell.workflow.model.LocalCommissioningIds.BEAN_COMMIT_AWARD;
import static org.grantwell.workflow.model.LocalCommissioningIds.BEAN_COMPUTE_SCORES;
import static org.grantwell.workflow.model.LocalCommissioningIds.BEAN_FEED_OFFICE_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.BEAN_MARK_BID_LATE;
import static org.grantwell.workflow.model.LocalCommissioningIds.BEAN_PAY_CLAIM;
import static org.grantwell.workflow.model.LocalCommissioningIds.BEAN_RELEASE_AWARD;
import static org.grantwell.workflow.model.LocalCommissioningIds.BEAN_SCHEDULE_NEXT_RETURN;
import static org.grantwell.workflow.model.LocalCommissioningIds.BEAN_SEND_OFFER_REMINDER;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_ELIGIBLE;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_MODERATION_NEEDED;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_MORE_PERIODS;
import static org.grantwell.workflow.model.LocalCommissioningIds.VAR_NEXT_PERIOD_END;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.workflow.testing.DelegateStubs;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Mockito stand-ins for every delegate of the local commissioning process, registered under their
 * bean names for the {@code MockExpressionManager}. Built fresh per test; the test calls {@code
 * Mocks.reset()} afterwards. The setters make the mocks write the variables the gateways read.
 */
final class DelegateMocks {

  final JavaDelegate markBidLate = mock(JavaDelegate.class);
  final JavaDelegate checkEligibility = mock(JavaDelegate.class);
  final JavaDelegate computeScores = mock(JavaDelegate.class);
  final JavaDelegate commitAward = mock(JavaDelegate.class);
  final JavaDelegate sendOfferReminder = mock(JavaDelegate.class);
  final JavaDelegate releaseAward = mock(JavaDelegate.class);
  final JavaDelegate scheduleNextReturn = mock(JavaDelegate.class);
  final JavaDelegate payClaim = mock(JavaDelegate.class);
  final JavaDelegate feedOfficeReturn = mock(JavaDelegate.class);
  final JavaDelegate applyVariation = mock(JavaDelegate.class);
  final JavaDelegate closeAward = mock(JavaDelegate.class);

  private DelegateMocks() {}

  static DelegateMocks register() {
    DelegateMocks mocks = new DelegateMocks();
    Mocks.register(BEAN_MARK_BID_LATE, mocks.markBidLate);
    Mocks.register(BEAN_CHECK_ELIGIBILITY, mocks.checkEligibility);
    Mocks.register(BEAN_COMPUTE_SCORES, mocks.computeScores);
    Mocks.register(BEAN_COMMIT_AWARD, mocks.commitAward);
    Mocks.register(BEAN_SEND_OFFER_REMINDER, mocks.sendOfferReminder);
    Mocks.register(BEAN_RELEASE_AWARD, mocks.releaseAward);
    Mocks.register(BEAN_SCHEDULE_NEXT_RETURN, mocks.scheduleNextReturn);
    Mocks.register(BEAN_PAY_CLAIM, mocks.payClaim);
    Mocks.register(BEAN_FEED_OFFICE_RETURN, mocks.feedOfficeReturn);
    Mocks.register(BEAN_APPLY_VARIATION, mocks.applyVariation);
    Mocks.register(BEAN_CLOSE_AWARD, mocks.closeAward);
    return mocks;
  }

  /** The eligibility check finds the bid eligible or not. */
  DelegateMocks eligible(boolean eligible) throws Exception {
    doAnswer(DelegateStubs.setting(Map.of(VAR_ELIGIBLE, eligible))).when(checkEligibility).execute(any());
    return this;
  }

  /** Score computation finds the assessors far enough apart to need moderation, or not. */
  DelegateMocks moderationNeeded(boolean needed) throws Exception {
    doAnswer(DelegateStubs.setting(Map.of(VAR_MODERATION_NEEDED, needed))).when(computeScores).execute(any());
    return this;
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
