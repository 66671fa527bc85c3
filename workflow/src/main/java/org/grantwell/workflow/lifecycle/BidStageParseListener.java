package org.grantwell.workflow.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.cdi.impl.util.ProgrammaticBeanLookup;

/**
 * Adds, when a model is deployed, a start listener to every activity that {@link BidStages} names,
 * so that the bid takes its status from where its process stands, in the same transaction. Added
 * by the engine configuration, so the BPMN files stay free of bookkeeping listeners.
 */
public class BidStageParseListener extends AbstractBpmnParseListener {

  private static final ExecutionListener RECORD_STAGE = BidStageParseListener::recordStage;

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    addIfStage(activity);
  }

  @Override
  public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    addIfStage(activity);
  }

  @Override
  public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    addIfStage(activity);
  }

  @Override
  public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
    addIfStage(activity);
  }

  private static void addIfStage(ActivityImpl activity) {
    if (BidStages.isStageOfAny(activity.getId())) {
      activity.addListener(ExecutionListener.EVENTNAME_START, RECORD_STAGE);
    }
  }

  private static void recordStage(DelegateExecution execution) {
    Object bidId = execution.getVariable(LifecycleVariables.BID_ID);
    String processKey =
        execution.getProcessEngineServices().getRepositoryService()
            .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    BidStages.reached(processKey, execution.getCurrentActivityId())
        .ifPresent(stage -> {
          if (bidId instanceof Long id) {
            ProgrammaticBeanLookup.lookup(BidStageRecorder.class).record(id, stage);
          }
        });
  }
}
