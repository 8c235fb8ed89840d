package org.talentbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbridge.notification.NotificationTestSupport.notificationsOf;
import static org.talentbridge.notification.NotificationTestSupport.ofKind;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;

/** New user tasks, of any process: the assignee hears of it, or every candidate while nobody holds it. */
class NotificationNewTaskTest extends IntegrationTest {

    private static final AtomicInteger PROCESSES = new AtomicInteger();

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private IdentityService identity;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;

    @Test
    void aCaseWaitingForReviewIsToldToEveryMemberOfTheReviewerGroupButNotToTheApplicant() {
        AccountView first = newAccount("ntrev", Role.REVIEWER);
        AccountView second = newAccount("ntrev", Role.REVIEWER);
        AccountView applicant = eligibleWelder("ntapp");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(number);

        for (AccountView reviewer : List.of(first, second)) {
            assertThat(ofKind(notificationsOf(notifications, reviewer), NotificationKind.NEW_TASK))
                    .filteredOn(n -> number.equals(n.caseNumber())).singleElement().satisfies(n -> {
                        assertThat(n.text()).isEqualTo("您有新的待办：资格审核（申报编号 " + number + "）");
                        assertThat(n.link()).isEqualTo("cases/" + number);
                    });
        }
        assertThat(ofKind(notificationsOf(notifications, applicant), NotificationKind.NEW_TASK)).isEmpty();
    }

    @Test
    void anyProcessWorks_candidateGroupsAreResolvedThroughTheEngineGroupsAndCandidateUsersAreToldToo() {
        AccountView employerReviewer = newAccount("ntemp", Role.EMPLOYER_REVIEWER);
        AccountView colleague = newAccount("ntemp", Role.EMPLOYER_REVIEWER);
        AccountView candidate = newAccount("ntcand", Role.COMMITTEE_MEMBER);
        AccountView outsider = newAccount("ntout", Role.EMPLOYER_REVIEWER);
        String group = "employer-test" + PROCESSES.incrementAndGet();
        Group employer = identity.newGroup(group);
        employer.setName(group);
        identity.saveGroup(employer);
        identity.createMembership(employerReviewer.username(), group);
        identity.createMembership(colleague.username(), group);

        String key = startTaskProcess(group, candidate.username(), null);

        for (AccountView told : List.of(employerReviewer, colleague, candidate)) {
            assertThat(notificationsOf(notifications, told)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.NEW_TASK);
                assertThat(n.text()).isEqualTo("您有新的待办：确认工作经历");
                assertThat(n.caseNumber()).isNull();
                assertThat(n.link()).isNull();
            });
        }
        assertThat(notificationsOf(notifications, outsider)).isEmpty();

        // one of them takes it: nobody is told again; a task given to someone else is told to them
        Task task = tasks.createTaskQuery().processDefinitionKey(key).singleResult();
        signIn(employerReviewer);
        tasks.claim(task.getId(), employerReviewer.username());
        tasks.setAssignee(task.getId(), outsider.username());
        SecurityContextHolder.clearContext();
        assertThat(notificationsOf(notifications, employerReviewer)).hasSize(1);
        assertThat(notificationsOf(notifications, outsider)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.NEW_TASK));
    }

    @Test
    void aTaskCreatedForSomeoneIsToldToThemOnly() {
        AccountView assignee = newAccount("ntass", Role.REVIEWER);
        AccountView member = newAccount("ntmem", Role.REVIEWER);
        startTaskProcess(Role.REVIEWER.name(), null, assignee.username());

        assertThat(notificationsOf(notifications, assignee)).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("您有新的待办：确认工作经历"));
        assertThat(notificationsOf(notifications, member)).isEmpty();
    }

    /** Deploys and starts a one-task process of our own; returns its key. */
    private String startTaskProcess(String candidateGroup, String candidateUser, String assignee) {
        String key = "notificationTest" + PROCESSES.incrementAndGet();
        var task = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Confirm").name("确认工作经历").camundaCandidateGroups(candidateGroup);
        if (candidateUser != null) {
            task = task.camundaCandidateUsers(candidateUser);
        }
        if (assignee != null) {
            task = task.camundaAssignee(assignee);
        }
        BpmnModelInstance model = task.endEvent().done();
        repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        runtime.startProcessInstanceByKey(key);
        return key;
    }
}
