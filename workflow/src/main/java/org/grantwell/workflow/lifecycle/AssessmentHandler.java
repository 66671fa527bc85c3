package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.grantwell.db.assessment.Assessment;
import org.grantwell.db.assessment.AssessmentRepository;
import org.grantwell.db.assessment.AssessmentStatus;
import org.grantwell.db.assessment.CriterionScore;
import org.grantwell.db.assessment.WeightedScores;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.round.AssessmentCriterion;
import org.grantwell.db.user.AppUser;
import org.grantwell.db.user.AppUserRepository;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.shared.ForbiddenActionException;

/**
 * One assessor's assessment: first the conflict-of-interest declaration (a conflicted assessor's
 * task goes to another assessor and stays open), then a score and a comment for every criterion
 * of the round. Form: {@code conflict} (true/false), {@code conflictReason}, {@code scores}
 * ([{@code criterion, score, comment}]), {@code comment}.
 */
@ApplicationScoped
public class AssessmentHandler implements TaskHandler {

  @Inject private AssessmentRepository assessments;
  @Inject private AssessorAllocator allocator;
  @Inject private AppUserRepository users;
  @Inject private TaskService tasks;
  @Inject private RuntimeService runtime;
  @Inject private AuditTrail audit;

  @Override
  public Set<String> taskKeys() {
    return Set.of(SaferStreetsIds.TASK_ASSESS_BID);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    Bid bid = context.bid();
    String assessor = context.caller().username();
    AppUser user = users.findByUsername(assessor).orElseThrow();
    if (!allocator.mayAssess(user, bid)) {
      throw new ForbiddenActionException("You cannot assess bid " + bid.getReference()
          + ": assessors never score a bid from their own force area or of another funder");
    }
    Boolean conflict = form.bool("conflict", true);
    if (Boolean.TRUE.equals(conflict)) {
      String reason = form.text("conflictReason", true, 1000);
      form.throwIfAny();
      return declareConflict(context, bid, assessment(bid, assessor, context), reason);
    }
    List<AssessmentCriterion> criteria = bid.getRound().getCriteria();
    Map<String, Integer> scores = new LinkedHashMap<>();
    List<CriterionScore> lines = new ArrayList<>();
    for (FormReader line : form.list("scores", true, criteria.size() + 5)) {
      String code = line.text("criterion", true, 32);
      Optional<AssessmentCriterion> criterion = criteria.stream().filter(c -> c.getCode().equals(code)).findFirst();
      if (code != null && criterion.isEmpty()) {
        line.invalid("criterion", "Round " + bid.getRound().getReference() + " has no criterion " + code);
        continue;
      }
      if (code != null && scores.containsKey(code)) {
        line.invalid("criterion", "Criterion " + code + " is scored twice");
        continue;
      }
      Integer score = line.integer("score", true, 0, criterion.map(AssessmentCriterion::getScaleMax).orElse(100));
      String comment = line.text("comment", true, 4000);
      if (code != null && score != null && comment != null) {
        scores.put(code, score);
        lines.add(new CriterionScore(code, score, comment));
      }
    }
    for (AssessmentCriterion criterion : criteria) {
      if (!scores.containsKey(criterion.getCode())) {
        form.add("FIELD_REQUIRED", "scores", "Score criterion " + criterion.getCode() + " (" + criterion.getTitle() + ") too");
      }
    }
    String comment = form.text("comment", false, 4000);
    form.throwIfAny();
    Assessment assessment = assessment(bid, assessor, context);
    BigDecimal weighted = WeightedScores.of(criteria, scores);
    assessment.submit(lines, weighted, comment, context.now());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("assessor", assessor);
    after.put("weightedScore", weighted.toPlainString());
    after.put("scores", scores);
    audit.record(assessor, "BID", bid.getReference(), "ASSESSMENT_SUBMITTED", null, after);
    return TaskOutcome.completeWithout();
  }

  private Assessment assessment(Bid bid, String assessor, TaskContext context) {
    Assessment assessment =
        assessments.find(bid, assessor).orElseGet(() -> assessments.add(new Assessment(bid, assessor, context.now())));
    if (assessment.getStatus() != AssessmentStatus.OPEN) {
      throw new ForbiddenActionException("Your assessment of bid " + bid.getReference() + " is already "
          + assessment.getStatus().name().toLowerCase(java.util.Locale.ROOT));
    }
    return assessment;
  }

  private TaskOutcome declareConflict(TaskContext context, Bid bid, Assessment assessment, String reason) {
    assessment.declareConflict(reason, context.now());
    Optional<String> replacement = allocator.replace(bid, context.now());
    tasks.setAssignee(context.taskId(), replacement.orElse(null));
    replacement.ifPresent(name -> runtime.setVariableLocal(context.executionId(), SaferStreetsIds.VAR_ASSESSOR, name));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("assessor", context.caller().username());
    after.put("conflictReason", reason);
    after.put("reassignedTo", replacement.orElse("any assessor of " + bid.getRound().getFunder().getName()));
    audit.record(context.caller().username(), "BID", bid.getReference(), "CONFLICT_DECLARED", null, after);
    return TaskOutcome.leaveOpen();
  }
}
