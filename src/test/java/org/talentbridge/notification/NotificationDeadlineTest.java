package org.talentbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbridge.notification.NotificationTestSupport.notificationsOf;
import static org.talentbridge.notification.NotificationTestSupport.ofKind;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.calendar.WorkingDayCalendar;

/** Deadline warnings: tasks due within the window (working days) are told once; later ones are not. */
class NotificationDeadlineTest extends IntegrationTest {

    private static final AtomicInteger PROCESSES = new AtomicInteger();

    @Autowired
    private DeadlineWarnings warnings;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private NotificationProperties properties;
    @Autowired
    private WorkingDayCalendar calendar;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;

    /** The last moment of the warning window: the end of the last working day it covers. */
    private Date endOfWindow() {
        LocalDate last = calendar.addWorkingDays(LocalDate.now(), properties.deadlineWarningWorkingDays());
        return Date.from(last.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().minusSeconds(1));
    }

    @Test
    void aTaskDueInsideTheWindowIsWarnedOfOnceAndOneDueAfterItIsNot() {
        AccountView holder = newAccount("ndhold", Role.REVIEWER);
        AccountView later = newAccount("ndlater", Role.REVIEWER);
        Date dueLastMoment = endOfWindow();
        String caseNumber = "ZC-DEADLINE-" + PROCESSES.incrementAndGet();
        startTask(holder.username(), caseNumber, dueLastMoment);
        startTask(later.username(), null, new Date(dueLastMoment.getTime() + 2_000));

        assertThat(warnings.warnOfDeadlines()).isGreaterThanOrEqualTo(1);
        assertThat(warnings.warnOfDeadlines()).isZero(); // run again (or on a second server): nothing new

        String due = NotificationText.DATE_TIME.format(dueLastMoment.toInstant().atZone(ZoneId.systemDefault()));
        assertThat(ofKind(notificationsOf(notifications, holder), NotificationKind.DEADLINE_NEAR)).singleElement()
                .satisfies(n -> {
                    assertThat(n.text()).isEqualTo("待办“确认工作经历”（申报编号 " + caseNumber + "）将于 " + due + " 到期，请及时办理");
                    assertThat(n.link()).isEqualTo("cases/" + caseNumber);
                });
        assertThat(ofKind(notificationsOf(notifications, later), NotificationKind.DEADLINE_NEAR)).isEmpty();
    }

    @Test
    void anUnclaimedTaskWarnsItsCandidatesAndAMovedDueDateWarnsAgain() {
        AccountView member = newAccount("ndmem", Role.INTEGRITY_OFFICER);
        Date soon = new Date(System.currentTimeMillis() + 3_600_000);
        startTask(null, null, soon);

        warnings.warnOfDeadlines();
        assertThat(ofKind(notificationsOf(notifications, member), NotificationKind.DEADLINE_NEAR)).filteredOn(n -> n.caseNumber() == null)
                .singleElement().satisfies(n -> assertThat(n.text()).startsWith("待办“确认工作经历”将于 "));

        Task task = tasks.createTaskQuery().taskCandidateGroup(Role.INTEGRITY_OFFICER.name()).dueAfter(new Date())
                .dueBefore(new Date(soon.getTime() + 1)).singleResult();
        task.setDueDate(new Date(soon.getTime() + 3_600_000));
        tasks.saveTask(task);
        warnings.warnOfDeadlines();
        assertThat(ofKind(notificationsOf(notifications, member), NotificationKind.DEADLINE_NEAR)).hasSize(2);
    }

    /** A one-task process of our own with a due date, for the assignee or else the INTEGRITY_OFFICER group. */
    private void startTask(String assignee, String businessKey, Date due) {
        String key = "deadlineTest" + PROCESSES.incrementAndGet();
        var task = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Confirm").name("确认工作经历").camundaCandidateGroups(Role.INTEGRITY_OFFICER.name());
        if (assignee != null) {
            task = task.camundaAssignee(assignee);
        }
        repository.createDeployment().addModelInstance(key + ".bpmn", task.endEvent().done()).deploy();
        String instance = (businessKey == null ? runtime.startProcessInstanceByKey(key)
                : runtime.startProcessInstanceByKey(key, businessKey)).getId();
        Task created = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        created.setDueDate(due);
        tasks.saveTask(created);
    }
}
