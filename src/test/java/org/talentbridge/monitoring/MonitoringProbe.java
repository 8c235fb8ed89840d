package org.talentbridge.monitoring;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.talentbridge.shared.engine.BusinessTasks;

/**
 * A small process the monitoring tests deploy afresh (a new version each time, so that every test has its own known
 * data set): a review task with a due date, an asynchronous automatic step that fails while {@code broken} is set,
 * a last task, the end. Job execution is off in tests: jobs run when a test executes them.
 */
public final class MonitoringProbe {

    public static final String KEY = "monitoringProbe";
    public static final String REVIEW = "Task_Review";
    public static final String FLAKY = "Task_Flaky";
    public static final String DONE = "Task_Done";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    public final String definitionId;

    public MonitoringProbe(RepositoryService repository, RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).name("监控探针").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Probe")
                .userTask(REVIEW).name("探针审核").camundaDueDate("${due}")
                .serviceTask(FLAKY).name("探针自动步骤").camundaAsyncBefore().camundaClass(FlakyStep.class.getName())
                .userTask(DONE).name("探针收尾")
                .endEvent("EndEvent_Probe").done();
        String deployment = repository.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy().getId();
        definitionId = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    }

    /** Starts an instance waiting at the review task, due at {@code due} (null: no due date). */
    public ProcessInstance start(String businessKey, Date due, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("due", due);
        all.putIfAbsent("broken", false);
        return runtime.startProcessInstanceById(definitionId, businessKey, all);
    }

    /** Completes the review task: the instance then waits for its automatic step's job. */
    public void review(String processInstanceId) {
        String task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(REVIEW).singleResult().getId();
        BusinessTasks.complete(() -> tasks.complete(task));
    }

    public Job job(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).singleResult();
    }

    /** Runs the instance's job until it has no retries left (three tries): an incident is open then. */
    public void failUntilIncident(String processInstanceId) {
        for (int i = 0; i < 3; i++) {
            runJob(processInstanceId);
        }
    }

    /** Runs the instance's job once; true when it succeeded. */
    public boolean runJob(String processInstanceId) {
        try {
            management.executeJob(job(processInstanceId).getId());
            return true;
        } catch (RuntimeException failed) {
            return false;
        }
    }

    public void finish(String processInstanceId) {
        String task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(DONE).singleResult().getId();
        BusinessTasks.complete(() -> tasks.complete(task));
    }

    public List<String> active(String processInstanceId) {
        return runtime.getActiveActivityIds(processInstanceId);
    }
}
