package org.grantwell.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.grantwell.workflow.bid.BidService;
import org.grantwell.workflow.bid.BidSummary;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.security.CallerService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The task API on the real engine and PostgreSQL: a user task about a West Yorkshire bid is in the
 * West Yorkshire bidder's inbox and nobody else's; claim, complete; a second completion of the
 * same task, sequential or at the same moment, answers 409.
 */
@ExtendWith(ArquillianExtension.class)
class TaskInboxIT {

  private static final String PROBE = "inboxProbe";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(TaskInboxIT.class, Http.class);
  }

  @Inject private RepositoryService repository;
  @Inject private RuntimeService runtime;
  @Inject private TaskService tasks;
  @Inject private BidService bids;
  @Inject private CallerService callers;

  private final URL base = url();

  private static URL url() {
    try {
      return URI.create("http://localhost:28080/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void shouldOfferTheTaskOnlyWithinTheBidsOrganisationAndLetItBeCompletedOnce() throws Exception {
    String taskId = startProbeOnAWestYorkshireBid();

    assertTrue(taskIds("bidder.wyorks").contains(taskId), "in the West Yorkshire bidder's inbox");
    assertFalse(taskIds("bidder.avon").contains(taskId), "not in another force's inbox");
    assertEquals(404, Http.post(base, "api/tasks/" + taskId + "/claim", "bidder.avon", "").status());

    assertEquals(200, Http.post(base, "api/tasks/" + taskId + "/claim", "bidder.wyorks", "").status());
    assertEquals("bidder.wyorks", tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee());
    assertEquals(422, Http.post(base, "api/tasks/" + taskId + "/complete", "bidder.wyorks", "{\"amount\": 10.50}").status());
    assertEquals(204, Http.post(base, "api/tasks/" + taskId + "/complete", "bidder.wyorks", "{\"approved\": true}").status());
    Http.Reply again = Http.post(base, "api/tasks/" + taskId + "/complete", "bidder.wyorks", "{\"approved\": true}");
    assertEquals(409, again.status());
    assertTrue(again.body().contains("already completed"), again.body());
  }

  @Test
  void shouldLetExactlyOneOfTwoSimultaneousCompletionsSucceed() throws Exception {
    String taskId = startProbeOnAWestYorkshireBid();
    String instance = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    Callable<Integer> complete =
        () -> Http.post(base, "api/tasks/" + taskId + "/complete", "bidder.wyorks", "{\"approved\": true}").status();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> answers = pool.invokeAll(List.of(complete, complete));
      List<Integer> statuses = List.of(answers.get(0).get(), answers.get(1).get());
      assertTrue(statuses.contains(204), "one succeeded: " + statuses);
      assertTrue(statuses.contains(409), "the other was told: " + statuses);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(instance).count(), "the instance ended once");
  }

  private java.util.Set<String> taskIds(String user) {
    return Http.allItems(base, "api/tasks", user).stream().map(t -> t.getString("id")).collect(java.util.stream.Collectors.toSet());
  }

  private String startProbeOnAWestYorkshireBid() {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(PROBE).count() == 0) {
      BpmnModelInstance model =
          Bpmn.createExecutableProcess(PROBE)
              .camundaHistoryTimeToLive(1)
              .startEvent()
              .userTask("Task_Probe")
              .camundaCandidateGroups("pcc-bidder")
              .endEvent()
              .done();
      repository.createDeployment().name("task inbox test").addModelInstance(PROBE + ".bpmn", model).deploy();
    }
    Caller wyorks = callers.forUsername("bidder.wyorks");
    BidSummary bid = bids.search(wyorks, null, wyorks.organisationId(), "DRAFT", 0, 1).items().get(0);
    String instance =
        runtime.startProcessInstanceByKey(PROBE, bid.reference(), Map.of("bidId", bid.id())).getId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }
}
