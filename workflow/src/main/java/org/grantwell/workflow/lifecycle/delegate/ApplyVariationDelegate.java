package org.grantwell.workflow.lifecycle.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.delivery.Variation;
import org.grantwell.db.delivery.VariationRepository;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.lifecycle.Awards;
import org.grantwell.workflow.lifecycle.LifecycleVariables;

/**
 * Applies an approved variation: money moved between financial years is a pair of ledger entries;
 * an extension moves the spend-by date (later quarters then get their returns); a move between
 * cost categories changes no total and is kept on the variation and in the audit record.
 */
@Dependent
public class ApplyVariationDelegate implements JavaDelegate {

  @Inject private Steps steps;
  @Inject private VariationRepository variations;
  @Inject private Awards awards;
  @Inject private LedgerService ledger;
  @Inject private AuditTrail audit;

  @Override
  public void execute(DelegateExecution execution) {
    Bid bid = steps.bid(execution);
    long id = (Long) execution.getVariable(LifecycleVariables.VARIATION_ID);
    Variation variation = variations.find(id).orElseThrow();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("variation", id);
    after.put("kind", variation.getKind().name());
    switch (variation.getKind()) {
      case REPROFILE -> {
        ledger.moveBetweenYears(bid.getId(), variation.getFromYear(), variation.getToYear(), variation.getAmount(),
            variation.getDecidedBy(), "variation:" + id);
        after.put("moved", variation.getAmount().toString());
      }
      case EXTEND -> {
        awards.of(bid).extendSpendBy(variation.getNewSpendBy());
        after.put("spendBy", variation.getNewSpendBy().toString());
      }
      case MOVE_CATEGORY -> after.put("moved", variation.getAmount() + " from " + variation.getFromCategory() + " to " + variation.getToCategory());
    }
    audit.record(Steps.actor(execution), "BID", bid.getReference(), "VARIATION_APPLIED", null, after);
  }
}
