package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.assessment.Assessment;
import org.grantwell.db.assessment.AssessmentRepository;
import org.grantwell.db.assessment.AssessmentStatus;
import org.grantwell.db.assessment.WeightedScores;
import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.lifecycle.LifecycleVariables;

/**
 * Compares the assessors' weighted scores: when they differ by more than the round's moderation
 * threshold the panel moderates (sets {@code moderationNeeded}).
 */
@Dependent
public class ComputeScoresDelegate implements JavaDelegate {

  @Inject private Steps steps;
  @Inject private AssessmentRepository assessments;
  @Inject private AuditTrail audit;

  @Override
  public void execute(DelegateExecution execution) {
    Bid bid = steps.bid(execution);
    List<BigDecimal> scores = assessments.findByBid(bid).stream()
        .filter(a -> a.getStatus() == AssessmentStatus.SUBMITTED)
        .map(Assessment::getWeightedScore)
        .toList();
    BigDecimal spread = WeightedScores.spread(scores);
    BigDecimal threshold = bid.getRound().ruleSet().moderationThreshold();
    boolean moderate = threshold != null && spread.compareTo(threshold) > 0;
    execution.setVariable(LifecycleVariables.MODERATION_NEEDED, moderate);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("scores", scores.stream().map(BigDecimal::toPlainString).toList());
    after.put("spread", spread.toPlainString());
    after.put("threshold", threshold == null ? null : threshold.toPlainString());
    after.put("moderationNeeded", moderate);
    audit.record(Steps.actor(execution), "BID", bid.getReference(), "SCORES_COMPUTED", null, after);
  }
}
