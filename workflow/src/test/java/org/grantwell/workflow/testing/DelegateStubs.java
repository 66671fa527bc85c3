package org.grantwell.workflow.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mockito.stubbing.Answer;
import org.mockito.stubbing.Stubber;

/** Stubbing shared by the path tests' delegate mocks: set the variables gateways read, record what ran. */
public final class DelegateStubs {

  private DelegateStubs() {}

  /** An answer that sets the given process variables on the delegate's execution. */
  public static Answer<Void> setting(Map<String, Object> variables) {
    return invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      variables.forEach(execution::setVariable);
      return null;
    };
  }

  /**
   * Makes a return-scheduling delegate hand out the given period ends (ISO instants) in turn under
   * {@code nextVariable} with {@code moreVariable} true, then report that no periods remain.
   */
  public static void periods(JavaDelegate scheduler, String moreVariable, String nextVariable, String... ends)
      throws Exception {
    Stubber stubber = null;
    for (String end : ends) {
      Answer<Void> next = setting(Map.of(moreVariable, true, nextVariable, end));
      stubber = stubber == null ? doAnswer(next) : stubber.doAnswer(next);
    }
    Answer<Void> done = setting(Map.of(moreVariable, false));
    stubber = stubber == null ? doAnswer(done) : stubber.doAnswer(done);
    stubber.when(scheduler).execute(any());
  }

  /** Records the value of the named variable each time the delegate runs. */
  public static List<Object> recordVariable(JavaDelegate delegate, String variable) throws Exception {
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
}
