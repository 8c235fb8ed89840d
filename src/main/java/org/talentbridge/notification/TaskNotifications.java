package org.talentbridge.notification;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.audit.AuditLog;

/**
 * New user tasks of any process, heard through the Camunda Spring Boot starter's event bridge
 * ({@code camunda.bpm.eventing.task}, on by default: every user task's create, assignment, … events are
 * published as the {@link DelegateTask}, synchronously, inside the engine's command and so inside the
 * transaction that creates the task). A task created for nobody in particular is told to its candidates; a
 * task given to someone is told to them, unless they took it themselves. Each person hears of a task once.
 */
@Component
class TaskNotifications {

    private final Notifier notifier;
    private final TaskRecipients recipients;

    TaskNotifications(Notifier notifier, TaskRecipients recipients) {
        this.notifier = notifier;
        this.recipients = recipients;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "' or #task.eventName == '"
            + TaskListener.EVENTNAME_ASSIGNMENT + "'")
    public void on(DelegateTask task) {
        String assignee = task.getAssignee();
        if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())
                && (assignee == null || assignee.equals(AuditLog.currentActor()))) {
            return; // released, or claimed by the person who now holds it
        }
        Set<String> who = recipients.of(assignee, task.getCandidates());
        if (who.isEmpty()) {
            return;
        }
        String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        notifier.notify(who, caseNumber == null
                ? new Notifier.Draft(NotificationKind.NEW_TASK, null, "notification.newTaskNoCase",
                        List.of(NotificationText.text(name)), null, "task:" + task.getId())
                : new Notifier.Draft(NotificationKind.NEW_TASK, caseNumber, "notification.newTask",
                        List.of(NotificationText.text(name), NotificationText.text(caseNumber)),
                        TaskLinks.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getId(), caseNumber),
                        "task:" + task.getId()));
    }
}
