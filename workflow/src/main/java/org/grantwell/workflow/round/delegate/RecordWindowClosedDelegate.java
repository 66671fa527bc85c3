package org.grantwell.workflow.round.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.grantwell.workflow.model.ProcessVariables;
import org.grantwell.workflow.round.RoundService;

/** Records on the round that its application window has closed (the timer on the closing time fired). */
@Named
@Dependent
public class RecordWindowClosedDelegate implements JavaDelegate {

  @Inject private RoundService roundService;

  @Override
  public void execute(DelegateExecution execution) {
    Long roundId = (Long) execution.getVariable(ProcessVariables.ROUND_ID);
    roundService.recordWindowClosed(roundId);
  }
}
