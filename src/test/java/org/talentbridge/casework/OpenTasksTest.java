package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.policy.TitleLevel;

/** The inbox's own table of open tasks stays equal to the engine's tasks through everything that changes them. */
class OpenTasksTest extends IntegrationTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private TaskService tasks;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OpenTasks openTasks;

    /** The engine's open tasks of the title process against our table: id, kind, assignee, due date. */
    private void assertTableEqualsEngine() {
        List<String> engine = tasks.createTaskQuery().processDefinitionKey(TitleApplicationProcess.KEY).list().stream()
                .map(OpenTasksTest::line).sorted().toList();
        List<String> ours = jdbc.query("select task_id, task_key, assignee, due_at from tb.open_task", (rs, i) ->
                rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + (rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).getTime())).stream().sorted().toList();
        assertThat(ours).isEqualTo(engine);
    }

    private static String line(Task t) {
        return t.getId() + " " + t.getTaskDefinitionKey() + " " + t.getAssignee() + " "
                + (t.getDueDate() == null ? null : t.getDueDate().getTime());
    }

    @Test
    void theTableFollowsTheEngineThroughEveryChangeOfATask() {
        AccountView applicant = eligibleWelder("otapp");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        assertTableEqualsEngine(); // employer review created
        confirmedByEmployer(number);
        assertTableEqualsEngine(); // employer review gone, qualification review created

        signIn(newAccount("otrev", Role.REVIEWER));
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        inbox.claim(taskId);
        assertTableEqualsEngine();
        tasks.setDueDate(taskId, new Date(System.currentTimeMillis() - 3_600_000L));
        assertTableEqualsEngine();
        inbox.unclaim(taskId);
        assertTableEqualsEngine();
        inbox.claim(taskId);
        inbox.decide(taskId, ReviewDecision.RETURN, "请补充材料");
        assertTableEqualsEngine(); // the applicant's correction task
        signIn(applicant);
        cases.withdraw(number, "不再申报");
        assertTableEqualsEngine(); // gone with the withdrawn process
        assertThat(jdbc.queryForObject("select count(*) from tb.open_task where case_number = ?", Integer.class, number))
                .isZero();
    }

    @Test
    void theTableIsRebuiltFromTheEngineWhenTheyDiffer() {
        eligibleWelder("otrebuild");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        jdbc.update("delete from tb.open_task where case_number = ?", number); // as before V10, say
        openTasks.reconcile();
        assertTableEqualsEngine();
        Map<String, Object> row = jdbc.queryForMap("select series, round_id, candidate_group from tb.open_task where case_number = ?",
                number);
        assertThat(row.get("series")).isEqualTo("工程技术");
        assertThat(row.get("round_id")).isNotNull();
        assertThat((String) row.get("candidate_group")).startsWith("employer-");
    }
}
