package org.talentbridge.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.calendar.CalendarYearPublished;
import org.talentbridge.shared.calendar.WorkingDayCalendar;

/**
 * When a year of the working-day calendar is published, the open employer and qualification review tasks due in that
 * year (computed provisionally, weekends only) are due again after the round's working days from the day they were
 * created, now with the year's holidays; one audit line per changed task on its case.
 */
@Component
class ProvisionalDueDates {

    /** More open review tasks due in one year than any round has; the rest keep their date (and their mark). */
    static final int MAX_TASKS = 10_000;

    private final TaskService tasks;
    private final TitleCaseRepository cases;
    private final RoundService rounds;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;

    ProvisionalDueDates(TaskService tasks, TitleCaseRepository cases, RoundService rounds, WorkingDayCalendar calendar, AuditLog audit) {
        this.tasks = tasks;
        this.cases = cases;
        this.rounds = rounds;
        this.calendar = calendar;
        this.audit = audit;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recompute(CalendarYearPublished published) {
        ZoneId zone = ZoneId.systemDefault();
        Date from = Date.from(LocalDate.of(published.year(), 1, 1).atStartOfDay(zone).toInstant());
        Date to = Date.from(LocalDate.of(published.year() + 1, 1, 1).atStartOfDay(zone).toInstant());
        List<Task> due = tasks.createTaskQuery().processDefinitionKey(TitleApplicationProcess.KEY)
                .taskDefinitionKeyIn(TitleApplicationProcess.TASK_EMPLOYER_REVIEW, TitleApplicationProcess.TASK_QUALIFICATION_REVIEW)
                .dueAfter(new Date(from.getTime() - 1)).dueBefore(to).listPage(0, MAX_TASKS);
        for (Task task : due) {
            cases.findByProcessInstanceId(task.getProcessInstanceId()).ifPresent(c -> {
                int workingDays = rounds.find(c.getRoundId()).map(RoundView::reviewSlaWorkingDays).orElse(5);
                LocalDate created = LocalDate.ofInstant(task.getCreateTime().toInstant(), zone);
                LocalDate day = calendar.addWorkingDays(created, workingDays);
                Date end = Date.from(day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1));
                if (!end.equals(task.getDueDate())) {
                    Date before = task.getDueDate();
                    task.setDueDate(end);
                    tasks.saveTask(task);
                    audit.record("case.dueRecomputed", "case:" + c.getCaseNumber(), task.getTaskDefinitionKey() + " due "
                            + before.toInstant() + " -> " + end.toInstant() + " (calendar " + published.year() + " published)");
                }
            });
        }
    }
}
