package org.talentbridge.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.shared.calendar.WorkingDayCalendar;

/**
 * Deadline warnings: every open task due between now and the end of the warning window (working days,
 * {@code app.notifications.deadline-warning-working-days}) is told to its assignee, or to its candidates, once
 * per task and due date (a due date moved later warns again). The schedule ({@code deadline-cron}) only calls
 * {@link #warnOfDeadlines()}; tasks are read from the engine in pages, each page in a transaction of its own.
 */
@Service
public class DeadlineWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWarnings.class);
    private static final int PAGE = 200;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskRecipients recipients;
    private final Notifier notifier;
    private final WorkingDayCalendar calendar;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadlineWarnings(TaskService tasks, RuntimeService runtime, TaskRecipients recipients, Notifier notifier,
                     WorkingDayCalendar calendar, NotificationProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
        this.tasks = tasks;
        this.runtime = runtime;
        this.recipients = recipients;
        this.notifier = notifier;
        this.calendar = calendar;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Sends the warnings due now; returns how many notifications were written (0 when run again). */
    public int warnOfDeadlines() {
        Date now = new Date();
        LocalDate lastDay = calendar.addWorkingDays(LocalDate.now(clock), properties.deadlineWarningWorkingDays());
        Date until = Date.from(lastDay.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        int written = 0;
        for (int first = 0; ; first += PAGE) {
            List<Task> page = tasks.createTaskQuery().dueAfter(now).dueBefore(until)
                    .orderByDueDate().asc().orderByTaskId().asc().listPage(first, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<String, String> caseNumbers = businessKeys(page);
            written += transaction.execute(status -> page.stream()
                    .mapToInt(t -> warn(t, caseNumbers.get(t.getProcessInstanceId()))).sum());
            if (page.size() < PAGE) {
                break;
            }
        }
        LOG.info("deadline warnings: {} sent for tasks due before {}", written, until);
        return written;
    }

    private int warn(Task task, String caseNumber) {
        var who = recipients.of(task.getAssignee(), tasks.getIdentityLinksForTask(task.getId()));
        if (who.isEmpty()) {
            return 0;
        }
        String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        String due = DateTimeFormatter.ISO_INSTANT.format(task.getDueDate().toInstant());
        List<String> args = List.of(NotificationText.text(name), NotificationText.text(caseNumber == null ? "" : caseNumber),
                NotificationText.dateTime(task.getDueDate()));
        return notifier.notify(who, new Notifier.Draft(NotificationKind.DEADLINE_NEAR, caseNumber,
                caseNumber == null ? "notification.deadlineNearNoCase" : "notification.deadlineNear", args,
                TaskLinks.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getId(), caseNumber), "deadline:" + task.getId() + ":" + due));
    }

    /** The business keys (case numbers) of a page's process instances, in one query. */
    private Map<String, String> businessKeys(List<Task> page) {
        Set<String> ids = page.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> keys = new HashMap<>();
        if (!ids.isEmpty()) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
                if (instance.getBusinessKey() != null) {
                    keys.put(instance.getId(), instance.getBusinessKey());
                }
            }
        }
        return keys;
    }
}
