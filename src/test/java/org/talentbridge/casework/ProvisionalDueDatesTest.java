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
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.calendar.WorkingDayCalendar;
import org.talentbridge.shared.calendar.WorkingDayCalendarStore;
import org.talentbridge.shared.policy.TitleLevel;

/** Publishing a year recomputes the open review tasks due in it (provisional until then), audited on the case. */
class ProvisionalDueDatesTest extends IntegrationTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private TaskService tasks;
    @Autowired
    private WorkingDayCalendar calendar;
    @Autowired
    private WorkingDayCalendarStore store;
    @Autowired
    private AuditLog audit;

    @Test
    void aReviewTaskDueInAYearThatIsPublishedIsDueAgainAfterTheRoundsWorkingDays() {
        eligibleWelder("prov");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(number);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        // as if it had been computed into 2094 before that year was published
        Date provisional = Date.from(LocalDate.of(2094, 1, 5).atStartOfDay(ZoneId.systemDefault()).toInstant());
        tasks.setDueDate(task.getId(), provisional);
        assertThat(calendar.isProvisional(LocalDate.of(2094, 1, 5))).isTrue();

        AccountView admin = newAccount("provadm", Role.ADMIN);
        as(admin, () -> {
            store.addYear(2095);
            store.publish(2095);
            return null;
        });
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getDueDate()).isEqualTo(provisional);

        as(admin, () -> {
            store.addYear(2094);
            store.publish(2094);
            return null;
        });
        LocalDate created = LocalDate.ofInstant(task.getCreateTime().toInstant(), ZoneId.systemDefault());
        LocalDate expected = calendar.addWorkingDays(created, 5); // the demo round: 5 working days
        Date due = tasks.createTaskQuery().taskId(task.getId()).singleResult().getDueDate();
        assertThat(due.toInstant().atZone(ZoneId.systemDefault()).toLocalDate()).isEqualTo(expected);
        assertThat(audit.history("case:" + number)).filteredOn(e -> e.getAction().equals("case.dueRecomputed"))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(admin.username()))
                .extracting(AuditEvent::getDetails).asString().contains("2094");
    }
}
