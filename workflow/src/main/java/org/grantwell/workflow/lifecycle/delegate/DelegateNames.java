package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The names the three lifecycle models give their service steps ({@code *Ids.BEAN_*}), all in one
 * place: the same step class serves every process that has that step.
 */
@Dependent
public class DelegateNames {

  @Produces @Named("ssfMarkBidLateDelegate") JavaDelegate ssfMarkLate(MarkBidLateDelegate d) { return d; }
  @Produces @Named("localMarkBidLateDelegate") JavaDelegate localMarkLate(MarkBidLateDelegate d) { return d; }
  @Produces @Named("ssfCheckEligibilityDelegate") JavaDelegate ssfEligibility(CheckEligibilityDelegate d) { return d; }
  @Produces @Named("localCheckEligibilityDelegate") JavaDelegate localEligibility(CheckEligibilityDelegate d) { return d; }
  @Produces @Named("ssfComputeScoresDelegate") JavaDelegate ssfScores(ComputeScoresDelegate d) { return d; }
  @Produces @Named("localComputeScoresDelegate") JavaDelegate localScores(ComputeScoresDelegate d) { return d; }
  @Produces @Named("ssfCommitAwardDelegate") JavaDelegate ssfCommit(CommitAwardDelegate d) { return d; }
  @Produces @Named("localCommitAwardDelegate") JavaDelegate localCommit(CommitAwardDelegate d) { return d; }
  @Produces @Named("ssfSendOfferReminderDelegate") JavaDelegate ssfReminder(SendOfferReminderDelegate d) { return d; }
  @Produces @Named("localSendOfferReminderDelegate") JavaDelegate localReminder(SendOfferReminderDelegate d) { return d; }
  @Produces @Named("ssfReleaseAwardDelegate") JavaDelegate ssfRelease(ReleaseAwardDelegate d) { return d; }
  @Produces @Named("localReleaseAwardDelegate") JavaDelegate localRelease(ReleaseAwardDelegate d) { return d; }
  @Produces @Named("ssfPayClaimDelegate") JavaDelegate ssfPay(PayClaimDelegate d) { return d; }
  @Produces @Named("localPayClaimDelegate") JavaDelegate localPay(PayClaimDelegate d) { return d; }
  @Produces @Named("victimsPayClaimDelegate") JavaDelegate victimsPay(PayClaimDelegate d) { return d; }
  @Produces @Named("localFeedOfficeReturnDelegate") JavaDelegate localFeed(FeedOfficeReturnDelegate d) { return d; }
  @Produces @Named("ssfApplyVariationDelegate") JavaDelegate ssfVary(ApplyVariationDelegate d) { return d; }
  @Produces @Named("localApplyVariationDelegate") JavaDelegate localVary(ApplyVariationDelegate d) { return d; }
  @Produces @Named("victimsApplyVariationDelegate") JavaDelegate victimsVary(ApplyVariationDelegate d) { return d; }
  @Produces @Named("ssfCloseAwardDelegate") JavaDelegate ssfClose(CloseAwardDelegate d) { return d; }
  @Produces @Named("localCloseAwardDelegate") JavaDelegate localClose(CloseAwardDelegate d) { return d; }
  @Produces @Named("victimsCloseAllocationDelegate") JavaDelegate victimsClose(CloseAwardDelegate d) { return d; }
  @Produces @Named("victimsComputeAllocationDelegate") JavaDelegate victimsAllocation(ComputeAllocationDelegate d) { return d; }
  @Produces @Named("victimsIssueGrantAgreementDelegate") JavaDelegate victimsAgreement(IssueGrantAgreementDelegate d) { return d; }

  @Produces @Named("ssfScheduleNextReturnDelegate")
  JavaDelegate ssfSchedule(ScheduleNextReturnDelegate d) {
    return execution -> d.schedule(execution, "moreQuarters", "nextQuarterEnd");
  }

  @Produces @Named("localScheduleNextReturnDelegate")
  JavaDelegate localSchedule(ScheduleNextReturnDelegate d) {
    return execution -> d.schedule(execution, "morePeriods", "nextPeriodEnd");
  }

  @Produces @Named("victimsScheduleNextReturnDelegate")
  JavaDelegate victimsSchedule(ScheduleNextReturnDelegate d) {
    return execution -> d.schedule(execution, "morePeriods", "nextPeriodEnd");
  }
}
