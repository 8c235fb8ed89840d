package org.talentbridge.notification;

import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.talentbridge.monitoring.TaskHandedOn;

/**
 * A task handed from one person to another (an absence's substitute, an administrator's bulk reassignment): both are
 * told, in the transaction of the change. The newcomer's notice comes first, so the engine's assignment event adds
 * no second "new task" notice about the same case ({@link Notifier}).
 */
@Component
class HandOverNotifications {

    private final Notifier notifier;

    HandOverNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    public void on(TaskHandedOn handed) {
        String name = handed.taskName() == null ? handed.taskDefinitionKey() : handed.taskName();
        String caseNumber = handed.caseNumber() == null ? "" : handed.caseNumber();
        String link = TaskLinks.of(handed.processDefinitionId(), handed.taskDefinitionKey(), handed.taskId(), handed.caseNumber());
        String once = "handover:" + handed.taskId() + ":" + handed.from() + ":" + handed.to();
        if (handed.to() != null) {
            notifier.notify(Set.of(handed.to()), new Notifier.Draft(NotificationKind.TASK_TO_SUBSTITUTE, handed.caseNumber(),
                    "notification.taskHandedOn.to", args(name, caseNumber, handed.from(), handed.reason()), link, once));
        }
        notifier.notify(Set.of(handed.from()), new Notifier.Draft(NotificationKind.TASK_TO_SUBSTITUTE, handed.caseNumber(),
                handed.to() == null ? "notification.taskHandedOn.released" : "notification.taskHandedOn.from",
                args(name, caseNumber, handed.to() == null ? "" : handed.to(), handed.reason()), null, once));
    }

    private static List<String> args(String task, String caseNumber, String other, String reason) {
        return List.of(NotificationText.text(task), NotificationText.text(caseNumber), NotificationText.text(other),
                NotificationText.text(reason == null ? "" : reason));
    }
}
