package org.talentbridge.investigation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.engine.BusinessTasks;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The investigation process's officer tasks as {@link InvestigationService} uses them: finding the open one, taking it
 * (four eyes on the approval, nobody else's claim), and completing it through the business-task guard, so that only
 * the service's checked methods complete them ({@link BusinessTasks}: not Tasklist, not the engine's REST API).
 */
@Component
class InvestigationTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final org.talentbridge.monitoring.Absences absences;

    InvestigationTasks(TaskService tasks, RuntimeService runtime, org.talentbridge.monitoring.Absences absences) {
        this.absences = absences;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** The open investigate or approve task of an investigation. */
    Optional<Task> officerTask(String number) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(InvestigationProcess.KEY)
                .processInstanceBusinessKey(number)
                .taskDefinitionKeyIn(InvestigationProcess.TASK_INVESTIGATE, InvestigationProcess.TASK_APPROVE_FINDING)
                .singleResult());
    }

    /** The open officer task of each of these investigations: two engine queries for a page, not two per row. */
    Map<String, Task> officerTasks(List<String> numbers) {
        Map<String, Task> taskOf = new HashMap<>();
        if (numbers.isEmpty()) {
            return taskOf;
        }
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(InvestigationProcess.KEY)
                .processInstanceBusinessKeyIn(numbers.toArray(String[]::new))
                .taskDefinitionKeyIn(InvestigationProcess.TASK_INVESTIGATE, InvestigationProcess.TASK_APPROVE_FINDING).list();
        if (!open.isEmpty()) {
            Map<String, Task> byInstance = new HashMap<>();
            open.forEach(t -> byInstance.put(t.getProcessInstanceId(), t));
            runtime.createProcessInstanceQuery().processInstanceIds(byInstance.keySet()).list()
                    .forEach(pi -> taskOf.put(pi.getBusinessKey(), byInstance.get(pi.getId())));
        }
        return taskOf;
    }

    /** The officer task with this key, taken by the caller if nobody holds it; refused if someone else does. */
    Task actionable(InvestigationStore.Row r, String taskKey) {
        Task task = officerTask(r.number()).filter(t -> taskKey.equals(t.getTaskDefinitionKey()))
                .orElseThrow(() -> InvalidInputException.of("task", "validation.taskGone"));
        take(r, task);
        return task;
    }

    /** Takes the task for the caller: the proposer never approves (four eyes); someone else's claim is refused. */
    void take(InvestigationStore.Row r, Task task) {
        String me = AuditLog.currentActor();
        if (InvestigationProcess.TASK_APPROVE_FINDING.equals(task.getTaskDefinitionKey()) && me.equals(r.proposedBy())) {
            throw InvalidInputException.of("approver", "validation.fourEyes");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw InvalidInputException.of("task", "validation.taskClaimedBy", task.getAssignee());
        }
        if (task.getAssignee() == null) {
            absences.refuseClaim(me); // absent today: refused naming the substitute (issue 16)
            try {
                tasks.claim(task.getId(), me);
            } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
                throw InvalidInputException.of("task", "validation.taskGone");
            }
            task.setAssignee(me);
        }
    }

    /**
     * Only the service completes the investigation's tasks, after its checks (four eyes, field errors, the record):
     * Camunda Tasklist or the engine's REST API cannot, even for an administrator (see {@link BusinessTasks}).
     */
    void complete(Task task, Map<String, Object> variables) {
        try {
            BusinessTasks.complete(() -> tasks.complete(task.getId(), variables));
        } catch (OptimisticLockingException e) {
            throw InvalidInputException.of("task", "validation.taskGone");
        }
    }
}
