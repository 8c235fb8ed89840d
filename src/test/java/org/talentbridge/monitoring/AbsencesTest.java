package org.talentbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.InboxScope;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Absence and substitution (issue 16, item 4): while a person is absent (first to last day, both included) the group
 * inboxes offer them nothing, their claims are refused naming the substitute (service, API and the engine itself), and
 * what they hold goes to the substitute, audited, both told. The day before the first day and the day after the last
 * day they are present.
 */
class AbsencesTest extends MonitoringTestSupport {

    @Autowired
    private Absences absences;
    @Autowired
    private InstanceRepair repair;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;

    private String reviewTask(String processInstanceId) {
        return engineTasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    private String assigneeOf(String processInstanceId) {
        return engineTasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getAssignee();
    }

    /** A period as if recorded earlier (recording one that covers today hands over at once; the sweep is tested so). */
    private void planned(AccountView absent, AccountView substitute, LocalDate firstDay, LocalDate lastDay) {
        jdbc.update("insert into tb.absence (username, substitute, first_day, last_day, reason, created_by)"
                + " values (?, ?, ?, ?, '出差', 'test')", absent.username(), substitute.username(), firstDay, lastDay);
    }

    private List<String> handOverNotices(AccountView recipient) {
        return jdbc.queryForList("select message_key from tb.notification where recipient = ? and kind = 'TASK_TO_SUBSTITUTE'",
                String.class, recipient.username());
    }

    private static LocalDate today() {
        return LocalDate.now();
    }

    @Test
    void onTheFirstDayTheTasksTheAbsentReviewerHoldsGoToTheSubstituteAndBothAreTold() {
        AccountView absent = newAccount("monabsf", Role.REVIEWER);
        AccountView substitute = newAccount("monsubf", Role.REVIEWER);
        MonitoringProbe probe = newProbe();
        String key = "MONABSF-" + System.nanoTime();
        String held = probe.start(key, null, Map.of()).getId();
        engineTasks.claim(reviewTask(held), absent.username());

        // the absent reviewer records it themselves, from today: what they hold goes at once
        as(absent, () -> absences.record(absent.username(), substitute.username(), today(), today().plusDays(4), "年休假"));

        assertThat(assigneeOf(held)).isEqualTo(substitute.username());
        assertThat(audit.history("case:" + key)).extracting(e -> e.getDetails())
                .anySatisfy(d -> assertThat(d).contains(absent.username() + " -> " + substitute.username()).contains("年休假"));
        assertThat(handOverNotices(substitute)).containsExactly("notification.taskHandedOn.to");
        assertThat(handOverNotices(absent)).containsExactly("notification.taskHandedOn.from");
        assertThat(absences.absentToday(absent.username())).isTrue();
    }

    @Test
    void aClaimByTheAbsentPersonThroughTheEngineIsRefusedNamingTheSubstitute() {
        AccountView absent = newAccount("monabsc", Role.REVIEWER);
        AccountView substitute = newAccount("monsubc", Role.REVIEWER);
        planned(absent, substitute, today(), today().plusDays(2));
        String instance = newProbe().start("MONABSC-" + System.nanoTime(), null, Map.of()).getId();

        // the engine's own API (what Camunda's REST API calls): the task listener refuses and the command rolls back
        assertThatThrownBy(() -> engineTasks.claim(reviewTask(instance), absent.username()))
                .rootCause().isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(p -> p.field()).containsExactly("assignee"));
        assertThat(assigneeOf(instance)).isNull();
        // nor may an administrator give it to them
        signIn(admin());
        assertThat(problemsOf(() -> repair.reassign(reviewTask(instance), absent.username(), "试试")))
                .extracting(p -> p.field()).containsExactly("assignee");
        // the substitute may take it
        engineTasks.claim(reviewTask(instance), substitute.username());
        assertThat(assigneeOf(instance)).isEqualTo(substitute.username());
    }

    @Test
    void theFirstAndLastDayAreAbsentTheDayBeforeTheFirstAndTheDayAfterTheLastAreNot() {
        AccountView firstDay = newAccount("monabs1", Role.REVIEWER);
        AccountView lastDay = newAccount("monabs2", Role.REVIEWER);
        AccountView dayBefore = newAccount("monabs3", Role.REVIEWER);
        AccountView dayAfter = newAccount("monabs4", Role.REVIEWER);
        AccountView substitute = newAccount("monsubb", Role.REVIEWER);
        planned(firstDay, substitute, today(), today().plusDays(3));
        planned(lastDay, substitute, today().minusDays(3), today());
        planned(dayBefore, substitute, today().plusDays(1), today().plusDays(2));
        planned(dayAfter, substitute, today().minusDays(3), today().minusDays(1));

        assertThat(absences.absentToday(Set.of(firstDay.username(), lastDay.username(), dayBefore.username(),
                dayAfter.username()))).containsExactlyInAnyOrder(firstDay.username(), lastDay.username());
        MonitoringProbe probe = newProbe();
        for (AccountView present : List.of(dayBefore, dayAfter)) {
            String instance = probe.start("MONABSB-" + System.nanoTime(), null, Map.of()).getId();
            engineTasks.claim(reviewTask(instance), present.username());
            assertThat(assigneeOf(instance)).isEqualTo(present.username());
        }
        for (AccountView absent : List.of(firstDay, lastDay)) {
            String instance = probe.start("MONABSB-" + System.nanoTime(), null, Map.of()).getId();
            assertThatThrownBy(() -> engineTasks.claim(reviewTask(instance), absent.username()));
            assertThat(assigneeOf(instance)).isNull();
        }
    }

    @Test
    void theSweepHandsOverWhatAnAbsentPersonHoldsWhenThePeriodBeginsAndReleasesItWhenTheSubstituteIsAbsentToo() {
        AccountView absent = newAccount("monabss", Role.REVIEWER);
        AccountView substitute = newAccount("monsubs", Role.REVIEWER);
        AccountView alsoAway = newAccount("monabst", Role.REVIEWER);
        AccountView awaySubstitute = newAccount("monsubt", Role.REVIEWER);
        MonitoringProbe probe = newProbe();
        String key = "MONABSS-" + System.nanoTime();
        String held = probe.start(key, null, Map.of()).getId();
        String heldToo = probe.start(key + "-2", null, Map.of()).getId();
        engineTasks.claim(reviewTask(held), absent.username());
        engineTasks.claim(reviewTask(heldToo), alsoAway.username());
        // both periods were recorded days ago and begin today; the substitute of the second is away as well
        planned(absent, substitute, today(), today().plusDays(5));
        planned(alsoAway, awaySubstitute, today(), today());
        planned(awaySubstitute, substitute, today().minusDays(1), today().plusDays(1));

        assertThat(absences.sweep()).isGreaterThanOrEqualTo(2);

        assertThat(assigneeOf(held)).isEqualTo(substitute.username());
        assertThat(assigneeOf(heldToo)).isNull(); // back to the reviewers' group
        assertThat(audit.history("case:" + key)).extracting(e -> e.getAction()).contains("monitoring.taskReassigned");
        assertThat(audit.history("case:" + key + "-2")).extracting(e -> e.getAction()).contains("monitoring.taskReleased");
        assertThat(handOverNotices(substitute)).contains("notification.taskHandedOn.to");
        assertThat(handOverNotices(absent)).containsExactly("notification.taskHandedOn.from");
        assertThat(handOverNotices(alsoAway)).containsExactly("notification.taskHandedOn.released");
        assertThat(absences.sweep()).isZero(); // nothing left to hand over
    }

    @Test
    void theInboxOffersAnAbsentReviewerNoGroupTasksAndTheApiRefusesTheirClaimWith400NamingTheField() throws Exception {
        eligibleWelder("monabsapp");
        String caseNumber = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(caseNumber);
        SecurityContextHolder.clearContext();
        AccountView absent = newAccount("monabsi", Role.REVIEWER);
        AccountView substitute = newAccount("monsubi", Role.REVIEWER);
        String taskId = engineTasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        signIn(substitute);
        assertThat(inbox.page(InboxScope.GROUPS, 0, 10_000)).extracting(InboxRow::taskId).contains(taskId);

        planned(absent, substitute, today(), today().plusDays(1));
        signIn(absent);
        assertThat(inbox.page(InboxScope.GROUPS, 0, 10_000)).isEmpty();
        assertThat(inbox.count(InboxScope.ALL)).isZero();
        SecurityContextHolder.clearContext();

        HttpResponse<String> refused = HttpClient.newHttpClient().send(basic(HttpRequest.newBuilder(
                URI.create(url("/api/tasks/" + taskId + "/claim"))).POST(HttpRequest.BodyPublishers.noBody()),
                absent.username()).header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode body = new ObjectMapper().readTree(refused.body());
        assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("assignee");
        assertThat(body.path("errors").get(0).path("message").asText()).contains(substitute.username());
        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void bulkReassignmentMovesEveryOpenTaskWithTheReasonAuditedAndRefusesAnAbsentRecipient() {
        AccountView leaving = newAccount("monbulka", Role.REVIEWER);
        AccountView taking = newAccount("monbulkb", Role.REVIEWER);
        AccountView away = newAccount("monbulkc", Role.REVIEWER);
        planned(away, taking, today(), today().plusDays(3));
        MonitoringProbe probe = newProbe();
        String key = "MONBULK-" + System.nanoTime();
        String one = probe.start(key, null, Map.of()).getId();
        String two = probe.start(key + "-2", null, Map.of()).getId();
        engineTasks.claim(reviewTask(one), leaving.username());
        engineTasks.claim(reviewTask(two), leaving.username());
        signIn(admin());

        assertThat(problemsOf(() -> repair.reassignAll(leaving.username(), away.username(), "调岗")))
                .extracting(p -> p.field()).containsExactly("to");
        assertThat(problemsOf(() -> repair.reassignAll(leaving.username(), taking.username(), " ")))
                .extracting(p -> p.field()).containsExactly("reason");
        assertThat(repair.reassignAll(leaving.username(), taking.username(), "调岗")).isEqualTo(2);

        assertThat(assigneeOf(one)).isEqualTo(taking.username());
        assertThat(assigneeOf(two)).isEqualTo(taking.username());
        for (String caseKey : List.of(key, key + "-2")) {
            assertThat(audit.history("case:" + caseKey)).anySatisfy(e -> {
                assertThat(e.getAction()).isEqualTo("monitoring.taskReassigned");
                assertThat(e.getDetails()).contains(leaving.username() + " -> " + taking.username()).contains("调岗");
            });
        }
        assertThat(handOverNotices(leaving)).hasSize(2);
    }

    @Test
    void refusesBadPeriodsAndOtherPeoplesAbsencesExceptForAdministrators() {
        AccountView reviewer = newAccount("monabsx", Role.REVIEWER);
        AccountView other = newAccount("monabsy", Role.REVIEWER);
        signIn(reviewer);
        assertThatThrownBy(() -> absences.record(other.username(), reviewer.username(), today(), today(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(problemsOf(() -> absences.record(reviewer.username(), other.username(), today().minusDays(3),
                today().minusDays(1), "x"))).extracting(p -> p.field()).containsExactly("lastDay");
        assertThat(problemsOf(() -> absences.record(reviewer.username(), other.username(), today(),
                today().minusDays(1), "x"))).extracting(p -> p.field()).containsExactly("lastDay");
        assertThat(problemsOf(() -> absences.record(reviewer.username(), reviewer.username(), today(),
                today(), "x"))).extracting(p -> p.field()).containsExactly("substitute");
        assertThat(problemsOf(() -> absences.record(reviewer.username(), other.username(), today(),
                today(), " "))).extracting(p -> p.field()).containsExactly("reason");
    }
}
