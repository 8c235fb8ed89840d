package org.talentbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;

/** Due dates, reassignment, release, allowed moves only, and cancellation with a reason: each audited. */
class InstanceRepairTest extends MonitoringTestSupport {

    @Autowired
    private InstanceRepair repair;
    @Autowired
    private AuditLog audit;
    @Autowired
    private TitleCaseService titleCases;

    private Task reviewTask(String id) {
        return engineTasks.createTaskQuery().processInstanceId(id).singleResult();
    }

    @Test
    void changesTheDueDateReassignsAndReleasesATaskWithTheReasonAudited() {
        MonitoringProbe probe = newProbe();
        String key = "MONTASK-" + System.nanoTime();
        String id = probe.start(key, null, Map.of()).getId();
        String task = reviewTask(id).getId();
        signIn(admin());

        LocalDateTime due = LocalDateTime.of(2031, 3, 4, 17, 30);
        repair.changeDueDate(task, due, "审核人请假，顺延");
        assertThat(reviewTask(id).getDueDate().toInstant()).isEqualTo(due.atZone(ZoneId.systemDefault()).toInstant());
        repair.reassign(task, "reviewer2", "代理审核");
        assertThat(reviewTask(id).getAssignee()).isEqualTo("reviewer2");
        repair.reassign(task, null, "退回任务池");
        assertThat(reviewTask(id).getAssignee()).isNull();

        assertThat(problemsOf(() -> repair.reassign(task, "nobody-of-that-name", "x"))).extracting(p -> p.field())
                .containsExactly("assignee");
        assertThat(problemsOf(() -> repair.changeDueDate(task, null, "x"))).extracting(p -> p.field())
                .containsExactly("due");
        assertThat(problemsOf(() -> repair.reassign("no-such-task", "reviewer", "x"))).extracting(p -> p.field())
                .containsExactly("taskId");
        assertThat(problemsOf(() -> repair.reassign(task, "reviewer", "长".repeat(501)))).extracting(p -> p.field())
                .containsExactly("reason");
        assertThat(audit.history("case:" + key)).extracting(AuditEvent::getAction)
                .containsExactly("monitoring.dueDateChanged", "monitoring.taskReassigned", "monitoring.taskReleased");
        assertThat(audit.history("case:" + key)).extracting(AuditEvent::getDetails)
                .anySatisfy(d -> assertThat(d).contains("代理审核").contains("reviewer2"));
    }

    @Test
    void movesAStuckInstanceOnlyAlongAnAllowedMove() {
        MonitoringProbe probe = newProbe();
        String key = "MONMOVE-" + System.nanoTime();
        String id = probe.start(key, null, Map.of()).getId();
        signIn(admin());
        // waiting at the review: no move from there is allowed
        assertThat(repair.movesFrom(MonitoringProbe.KEY, MonitoringProbe.REVIEW)).isEmpty();
        assertThat(problemsOf(() -> repair.move(id, MonitoringProbe.REVIEW, MonitoringProbe.DONE, "跳过")))
                .extracting(p -> p.field()).containsExactly("to");
        probe.review(id);
        assertThat(probe.runJob(id)).isTrue();
        assertThat(repair.movesFrom(MonitoringProbe.KEY, MonitoringProbe.DONE)).containsExactly(MonitoringProbe.REVIEW);

        repair.move(id, MonitoringProbe.DONE, MonitoringProbe.REVIEW, "需重新审核");

        assertThat(probe.active(id)).containsExactly(MonitoringProbe.REVIEW);
        assertThat(problemsOf(() -> repair.move(id, MonitoringProbe.DONE, MonitoringProbe.REVIEW, "again")))
                .extracting(p -> p.field()).containsExactly("from");
        assertThat(audit.history("case:" + key)).extracting(AuditEvent::getAction).containsExactly("monitoring.instanceMoved");
    }

    @Test
    void cancellingATitleCasesInstanceEndsTheCaseCancelledWithTheReason() {
        AccountView applicant = eligibleWelder("moncancel");
        String number = titleCases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        String id = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        signIn(admin());

        assertThat(problemsOf(() -> repair.cancel(id, ""))).extracting(p -> p.field()).containsExactly("reason");
        repair.cancel(id, "重复申报，申报人要求撤销");

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
        assertThat(as(applicant, () -> titleCases.details(number).orElseThrow().summary().status())).isEqualTo(CaseStatus.CANCELLED);
        assertThat(audit.history("case:" + number)).extracting(AuditEvent::getAction)
                .contains("monitoring.instanceCancelled", "case.cancelled");
        assertThat(problemsOf(() -> repair.cancel(id, "again"))).extracting(p -> p.field()).containsExactly("processInstanceId");
    }

    @Test
    void givesEveryOpenTaskOfAnAbsentPersonToASubstituteWithTheReason() {
        AccountView absent = newAccount("monabs", org.talentbridge.account.Role.REVIEWER);
        AccountView substitute = newAccount("monsub", org.talentbridge.account.Role.REVIEWER);
        MonitoringProbe probe = newProbe();
        String key = "MONABS-" + System.nanoTime();
        String first = probe.start(key + "A", null, Map.of()).getId();
        String second = probe.start(key + "B", null, Map.of()).getId();
        engineTasks.setAssignee(reviewTask(first).getId(), absent.username());
        engineTasks.setAssignee(reviewTask(second).getId(), absent.username());
        signIn(admin());

        assertThat(problemsOf(() -> repair.reassignAll(absent.username(), "nobody-of-that-name", "x")))
                .extracting(p -> p.field()).containsExactly("to");
        assertThat(problemsOf(() -> repair.reassignAll(absent.username(), absent.username(), "x")))
                .extracting(p -> p.field()).containsExactly("to");
        assertThat(repair.reassignAll(absent.username(), substitute.username(), "休假代理")).isEqualTo(2);

        assertThat(reviewTask(first).getAssignee()).isEqualTo(substitute.username());
        assertThat(reviewTask(second).getAssignee()).isEqualTo(substitute.username());
        assertThat(engineTasks.createTaskQuery().taskAssignee(absent.username()).count()).isZero();
        assertThat(audit.history("case:" + key + "A")).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains("休假代理").contains(substitute.username()));
    }
}
