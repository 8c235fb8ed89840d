package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.Role;
import org.talentbridge.shared.calendar.WorkingDayCalendar;
import org.talentbridge.shared.policy.TitleLevel;

/** Review tasks are due after the round's working days; overdue ones are flagged and can be listed. */
class ReviewDueDateTest extends IntegrationTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private TaskService tasks;
    @Autowired
    private WorkingDayCalendar calendar;

    @Test
    void theConfiguredHolidaysAreKnown() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void aReviewTaskIsDueAtTheEndOfTheRoundsLastWorkingDayAndFlaggedOnceOverdue() {
        eligibleWelder("due");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(number);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        LocalDate expected = calendar.addWorkingDays(LocalDate.now(), 5); // the demo round: 5 working days
        assertThat(task.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()).isEqualTo(expected);

        signIn(newAccount("duerev", Role.REVIEWER));
        assertThat(inbox.page(InboxScope.OVERDUE, 0, 10_000)).extracting(InboxRow::taskId).doesNotContain(task.getId());
        tasks.setDueDate(task.getId(), new Date(System.currentTimeMillis() - 60_000));
        InboxRow overdue = inbox.page(InboxScope.OVERDUE, 0, 10_000).stream()
                .filter(r -> r.taskId().equals(task.getId())).findFirst().orElseThrow();
        assertThat(overdue.overdue()).isTrue();
        // the overdue task sorts before tasks due later
        assertThat(inbox.page(InboxScope.ALL, 0, 1).get(0).overdue()).isTrue();
    }
}
