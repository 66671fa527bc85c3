package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.grantwell.db.award.Award;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.delivery.MonitoringReturn;
import org.grantwell.db.delivery.MonitoringReturnRepository;
import org.grantwell.db.delivery.OutcomeValue;
import org.grantwell.db.delivery.ReturnStatus;
import org.grantwell.db.delivery.SpendLine;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.model.VictimsFundingIds;
import org.grantwell.workflow.shared.StaleEditException;

/**
 * A quarterly monitoring return (or the final return after the spend-by date): spend by budget
 * category, the outcome indicators so far, and a narrative. A return the grant officer sent back
 * is filed again in place. For a PCC office's return to the Ministry of Justice, the verified
 * returns of the providers it funds in that quarter are added as commissioned spend, so no figure
 * is typed twice. Form: {@code narrative}, {@code spend} ([{@code category, capital, amount}]),
 * {@code outcomes} ([{@code indicator, value}]).
 */
@ApplicationScoped
public class ReturnHandler implements TaskHandler {

  @Inject private MonitoringReturnRepository returns;
  @Inject private Awards awards;
  @Inject private RuntimeService runtime;
  @Inject private AuditTrail audit;

  @Override
  public Set<String> taskKeys() {
    return Set.of(SaferStreetsIds.TASK_SUBMIT_MONITORING_RETURN, VictimsFundingIds.TASK_SUBMIT_OUTCOME_RETURN,
        SaferStreetsIds.TASK_SUBMIT_FINAL_RETURN);
  }

  @Override
  public TaskOutcome complete(TaskContext context, FormReader form) {
    Bid bid = context.bid();
    boolean finalReturn = SaferStreetsIds.TASK_SUBMIT_FINAL_RETURN.equals(context.taskKey());
    String narrative = form.text("narrative", true, 8000);
    List<SpendLine> spend = new ArrayList<>();
    Set<String> categories = bid.getRound().ruleSet().costCategories();
    for (FormReader line : form.list("spend", !finalReturn, 200)) {
      String category = line.text("category", true, 64);
      if (category != null && !categories.isEmpty() && !categories.contains(category)) {
        line.invalid("category", "Round " + bid.getRound().getReference() + " has no cost category " + category);
      }
      Boolean capital = line.bool("capital", true);
      Money amount = line.money("amount", true, true);
      if (category != null && capital != null && amount != null) {
        spend.add(new SpendLine(category, capital, amount));
      }
    }
    List<OutcomeValue> outcomes = new ArrayList<>();
    for (FormReader line : form.list("outcomes", false, 50)) {
      String indicator = line.text("indicator", true, 255);
      BigDecimal value = line.decimal("value", true, BigDecimal.ZERO, new BigDecimal("999999999999"));
      if (indicator != null && value != null) {
        outcomes.add(new OutcomeValue(indicator, value));
      }
    }
    form.throwIfAny();
    Award award = awards.of(bid);
    FinancialQuarter period = finalReturn ? FinancialQuarter.containing(award.getSpendBy()) : period(context);
    if (VictimsFundingIds.PROCESS_KEY.equals(context.processKey()) && !finalReturn) {
      spend.addAll(commissionedSpend(bid, period));
    }
    Optional<MonitoringReturn> earlier = returns.find(bid, period, finalReturn);
    MonitoringReturn filed;
    if (earlier.isPresent()) {
      if (earlier.get().getStatus() != ReturnStatus.REJECTED) {
        throw new StaleEditException("The " + (finalReturn ? "final" : period + " ") + "return of bid "
            + bid.getReference() + " was already filed by " + earlier.get().getSubmittedBy());
      }
      filed = earlier.get();
      filed.resubmit(narrative, spend, outcomes, context.caller().username(), context.now());
    } else {
      filed = returns.add(new MonitoringReturn(bid, period, finalReturn, narrative, spend, outcomes,
          context.caller().username(), context.now()));
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("period", period.toString());
    after.put("finalReturn", finalReturn);
    after.put("totalSpend", filed.totalSpend().toString());
    after.put("outcomes", outcomes.size());
    audit.record(context.caller().username(), "BID", bid.getReference(), finalReturn ? "FINAL_RETURN_SUBMITTED" : "RETURN_SUBMITTED", null, after);
    return TaskOutcome.completeWithout();
  }

  private FinancialQuarter period(TaskContext context) {
    for (String name : ReturnPeriods.NEXT_END_VARIABLES) {
      Object end = runtime.getVariable(context.executionId(), name);
      if (end instanceof String iso) {
        return ReturnPeriods.endingAt(Instant.parse(iso));
      }
    }
    throw new IllegalStateException("Task " + context.taskId() + " has no return period");
  }

  private List<SpendLine> commissionedSpend(Bid officePlan, FinancialQuarter period) {
    List<SpendLine> lines = new ArrayList<>();
    for (MonitoringReturn provider : returns.verifiedCommissioned(officePlan.getLeadOrganisation().getId(), period)) {
      lines.add(new SpendLine("COMMISSIONED_SERVICES", false, provider.totalSpend()));
    }
    return lines;
  }
}
