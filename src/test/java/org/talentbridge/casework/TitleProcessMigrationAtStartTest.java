package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Decision 0005 with the application context: the start-up migration ({@link TitleProcessMigrationAtStart}, the
 * method {@code ApplicationReadyEvent} calls) moves running title cases of an older version of {@code titleApplication}
 * to the latest, audited as {@code process.migrated}; an instance the engine refuses stays where it is, audited as
 * {@code process.notMigrated} on its case; and it runs on one node only: while another node holds ShedLock's row
 * {@code title-process-migration} nothing is migrated. On the real engine and PostgreSQL: version 7 as it was
 * (src/test/resources/old-processes) and a version 7 whose employer review has another id are deployed, then the
 * current model again, so that it stays the latest for every other test; real cases' instances are moved back onto
 * the old versions with the engine's migration API, as instances left from before version 8 would be.
 */
class TitleProcessMigrationAtStartTest extends IntegrationTest {

    @Autowired
    private TitleProcessMigrationAtStart atStart;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcTemplate jdbc;

    private static String resource(String name) throws IOException {
        try (InputStream in = TitleProcessMigrationAtStartTest.class.getResourceAsStream("/old-processes/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ProcessDefinition deploy(String xml) {
        String deployment = repository.createDeployment().name("TitleProcessMigrationAtStartTest")
                .addString("title-application.bpmn", xml).deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
    }

    private ProcessDefinition latest() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(TitleApplicationProcess.KEY).latestVersion()
                .singleResult();
    }

    private String definitionOf(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getProcessDefinitionId();
    }

    private ProcessInstance instanceOf(String caseNumber) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    /** A real case waiting for employer review, its instance moved onto {@code old} (no listeners run). */
    private ProcessInstance caseOn(ProcessDefinition old, String prefix, String... renamedFrom) {
        AccountView applicant = eligibleWelder(prefix);
        String number = as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE,
                true)).caseNumber());
        ProcessInstance instance = instanceOf(number);
        var plan = runtime.createMigrationPlan(instance.getProcessDefinitionId(), old.getId()).mapEqualActivities();
        if (renamedFrom.length == 2) {
            plan.mapActivities(renamedFrom[0], renamedFrom[1]);
        }
        runtime.newMigration(plan.build()).processInstanceIds(instance.getId()).skipCustomListeners().skipIoMappings().execute();
        assertThat(definitionOf(instance.getId())).isEqualTo(old.getId());
        return instance;
    }

    private CaseStatus statusOf(String caseNumber) {
        return as(accounts.findByUsername("admin").orElseThrow(), () -> cases.details(caseNumber).orElseThrow().summary().status());
    }

    private List<AuditEvent> migrationLines() {
        return as(accounts.findByUsername("admin").orElseThrow(), () -> audit.history("process:" + TitleApplicationProcess.KEY));
    }

    /** Another node holds the start-up migration's lock (as ShedLock writes it: database time, UTC). */
    private void lockHeldByAnotherNode() {
        jdbc.update("insert into tb.shedlock (name, lock_until, locked_at, locked_by) values (?, timezone('utc', now()) "
                + "+ interval '10 minutes', timezone('utc', now()), 'node-b') on conflict (name) do update set "
                + "lock_until = excluded.lock_until, locked_at = excluded.locked_at, locked_by = excluded.locked_by",
                TitleProcessMigrationAtStart.LOCK);
    }

    /** The lock's row expired: the other node's run (or this context's own start-up run) is over. */
    private void lockFree() {
        jdbc.update("update tb.shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = ?",
                TitleProcessMigrationAtStart.LOCK);
    }

    @Test
    void atStartTheCasesOfAnOlderVersionAreMigratedOnceAndAuditedAndOneTheEngineRefusesIsLeftAndAudited() throws IOException {
        ProcessDefinition current = latest();
        String v7Xml = resource("title-application-v7.xml");
        ProcessDefinition v7 = deploy(v7Xml);
        ProcessDefinition renamed = deploy(v7Xml.replace("\"Task_EmployerReview\"", "\"Task_EmployerReviewBefore\""));
        ProcessDefinition latest = deploy(Files.readString(Path.of("processes/title-application.bpmn")));
        assertThat(latest().getId()).isEqualTo(latest.getId());
        assertThat(latest.getVersionTag()).isEqualTo(current.getVersionTag());

        ProcessInstance old = caseOn(v7, "migv7");
        ProcessInstance stuck = caseOn(renamed, "migstuck", TitleApplicationProcess.TASK_EMPLOYER_REVIEW, "Task_EmployerReviewBefore");
        String migrated = "version " + v7.getVersion() + " -> " + latest.getVersion() + ": ";
        try {
            // another node runs the start-up work: this node leaves it alone
            lockHeldByAnotherNode();
            int linesBefore = migrationLines().size();
            atStart.atStart();
            assertThat(definitionOf(old.getId())).isEqualTo(v7.getId());
            assertThat(migrationLines()).hasSize(linesBefore);
            assertThat(jdbc.queryForObject("select locked_by from tb.shedlock where name = ?", String.class,
                    TitleProcessMigrationAtStart.LOCK)).isEqualTo("node-b");

            // that node is gone and its lock expired: this node's next start migrates
            lockFree();
            atStart.atStart();

            assertThat(definitionOf(old.getId())).isEqualTo(latest.getId());
            assertThat(migrationLines()).filteredOn(e -> e.getAction().equals("process.migrated"))
                    .filteredOn(e -> e.getDetails().startsWith(migrated)).singleElement()
                    .satisfies(e -> assertThat(e.getDetails()).isEqualTo(migrated + "1 instances"));
            assertThat(definitionOf(stuck.getId())).isEqualTo(renamed.getId());
            assertThat(as(accounts.findByUsername("admin").orElseThrow(), () -> audit.history("case:" + stuck.getBusinessKey())))
                    .filteredOn(e -> e.getAction().equals("process.notMigrated")).singleElement()
                    .satisfies(e -> assertThat(e.getDetails()).startsWith("instance " + stuck.getId() + " on version "
                            + renamed.getVersion() + ": "));

            // the migrated case's status follows its steps again: the latest model's listener on the next step
            assertThat(statusOf(old.getBusinessKey())).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
            confirmedByEmployer(old.getBusinessKey());
            assertThat(statusOf(old.getBusinessKey())).isEqualTo(CaseStatus.QUALIFICATION_REVIEW);
        } finally {
            lockFree();
            // the instance the engine could not migrate is not left behind for the other tests
            if (runtime.createProcessInstanceQuery().processInstanceId(stuck.getId()).count() == 1) {
                runtime.deleteProcessInstance(stuck.getId(), "TitleProcessMigrationAtStartTest");
            }
        }
    }
}
