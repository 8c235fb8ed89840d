package org.talentbridge.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbridge.casework.TitleApplicationProcess.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbridge.casework.TitleProcessMigration;
import org.talentbridge.shared.engine.BusinessTasks;

/**
 * Decision 0005: running title cases of older versions of {@code titleApplication} are migrated to the latest version
 * (the one whose elements set the case status) and their status changes again when they move on. On an engine of its
 * own (H2, no Spring): versions 6 and 7 as they were (src/test/resources/old-processes), a version whose employer review
 * has another id (it cannot be migrated), then the current model. Fakes for our delegates, {@link RecordedCaseStatus}
 * for the model's status listeners.
 */
public class TitleProcessMigrationTest {

    private static final RecordedCaseStatus status = new RecordedCaseStatus();
    private static final List<String> audit = Collections.synchronizedList(new ArrayList<>());
    private static ProcessEngine engine;
    private static RuntimeService runtime;
    private static TaskService tasks;
    private static ProcessDefinition v6;
    private static ProcessDefinition v7;
    private static ProcessDefinition renamed;
    private static ProcessDefinition latest;
    private static int cases;

    @BeforeAll
    static void engineWithOldVersions() throws IOException {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("titleMigration");
        configuration.setJdbcUrl("jdbc:h2:mem:titleMigration;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        Map<Object, Object> beans = new HashMap<>();
        beans.put("caseStatus", status);
        beans.put("screenTitleCase", EngineOnly.delegate("screenTitleCase", execution -> {
            execution.setVariable(VAR_NEEDS_SERIES_DECISION, false);
            execution.setVariable(VAR_ELIGIBLE, true);
            execution.setVariable(VAR_EMPLOYER_GROUP, "employer-1");
            execution.setVariable(VAR_EMPLOYER_REVIEW_DUE, EngineOnly.inDays(5));
        }));
        beans.put("employerReviewCompleted", (org.camunda.bpm.engine.delegate.TaskListener) task ->
                task.getExecution().setVariable(VAR_REVIEW_DUE, EngineOnly.inDays(5)));
        for (String listener : List.of("seriesDecisionCompleted", "qualificationReviewCompleted", "integrityReviewCompleted")) {
            beans.put(listener, EngineOnly.taskListener(listener));
        }
        beans.put("runIntegrityChecks", EngineOnly.delegate("runIntegrityChecks",
                execution -> execution.setVariable(VAR_INTEGRITY_FLAGGED, false)));
        beans.put("lapseTitleCase", EngineOnly.recorded("lapseTitleCase"));
        beans.put("grantTitle", EngineOnly.recorded("grantTitle"));
        configuration.setBeans(beans);
        engine = configuration.buildProcessEngine();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        String v7Xml = resource("title-application-v7.xml");
        v6 = deploy(resource("title-application-v6.xml"));
        v7 = deploy(v7Xml);
        renamed = deploy(v7Xml.replace("\"Task_EmployerReview\"", "\"Task_EmployerReviewBefore\""));
        latest = deploy(Files.readString(Path.of("processes/title-application.bpmn")));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void clear() {
        status.entered.clear();
        audit.clear();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TitleProcessMigrationTest.class.getResourceAsStream("/old-processes/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ProcessDefinition deploy(String xml) {
        String deployment = engine.getRepositoryService().createDeployment().addString("title-application.bpmn", xml)
                .deploy().getId();
        return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment).singleResult();
    }

    private static TitleProcessMigration migration(int batchSize) {
        return new TitleProcessMigration(engine.getRepositoryService(), runtime,
                (action, subject, details) -> audit.add(action + " " + subject + " " + details), Runnable::run, batchSize);
    }

    private static ProcessInstance startedOn(ProcessDefinition definition) {
        String number = "ZC2026-9" + String.format("%05d", ++cases);
        return runtime.startProcessInstanceById(definition.getId(), number, new HashMap<>(Map.of(VAR_CASE_ID, (long) cases,
                VAR_CASE_NUMBER, number, VAR_APPLICANT, "applicant1", VAR_SERIES, "工程技术", VAR_TARGET_LEVEL, "INTERMEDIATE")));
    }

    private static void complete(ProcessInstance instance, Map<String, Object> variables) {
        String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        BusinessTasks.complete(() -> tasks.complete(task, variables));
    }

    private static String definitionOf(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
    }

    private static boolean ended(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
    }

    @Test
    void runningCasesOfVersion7GoOnInTheLatestVersionAndTheirStatusChangesAgain() {
        ProcessInstance inEmployerReview = startedOn(v7);
        ProcessInstance inCorrection = startedOn(v7);
        complete(inCorrection, Map.of(VAR_EMPLOYER_DECISION, "RETURN", VAR_CORRECTION_DEADLINE, EngineOnly.inDays(10)));
        ProcessInstance atCommittee = startedOn(v7);
        complete(atCommittee, Map.of(VAR_EMPLOYER_DECISION, "CONFIRM"));
        complete(atCommittee, Map.of(VAR_REVIEW_DECISION, "APPROVE"));
        assertThat(status.entered).isEmpty(); // version 7 sets no status: the services did

        TitleProcessMigration.Result result = migration(200).migrateAll();

        assertThat(result.migrated()).contains(inEmployerReview.getId(), inCorrection.getId(), atCommittee.getId());
        for (ProcessInstance instance : List.of(inEmployerReview, inCorrection, atCommittee)) {
            assertThat(definitionOf(instance)).isEqualTo(latest.getId());
        }
        assertThat(audit).contains("process.migrated process:titleApplication version " + v7.getVersion() + " -> "
                + latest.getVersion() + ": 3 instances");

        complete(inEmployerReview, Map.of(VAR_EMPLOYER_DECISION, "CONFIRM"));
        assertThat(status.entered).containsExactly("QUALIFICATION_REVIEW");
        // the correction deadline's timer came along: it lapses the case in the latest version
        String timer = engine.getManagementService().createJobQuery().processInstanceId(inCorrection.getId()).timers()
                .singleResult().getId();
        engine.getManagementService().executeJob(timer);
        assertThat(ended(inCorrection)).isTrue();
        assertThat(status.entered).endsWith("LAPSED");
        runtime.createMessageCorrelation(MESSAGE_COMMITTEE_VOTED).processInstanceId(atCommittee.getId())
                .setVariable(VAR_COMMITTEE_PASSED, false).setVariable(VAR_COMMITTEE_TALLY, "3:4").correlate();
        assertThat(status.entered).endsWith("NOT_PASSED 3:4");
        assertThat(ended(atCommittee)).isTrue();
    }

    @Test
    void aCaseOfVersion6WithoutTheIntegrityStopCanBeStoppedByTheModelOnceMigrated() {
        ProcessInstance inReview = startedOn(v6);
        complete(inReview, Map.of(VAR_EMPLOYER_DECISION, "CONFIRM"));
        assertThat(runtime.createMessageCorrelation(MESSAGE_INTEGRITY_STOP).processInstanceId(inReview.getId())
                .correlateAllWithResult()).isEmpty(); // version 6 has no event subprocess

        migration(200).migrateAll();

        assertThat(definitionOf(inReview)).isEqualTo(latest.getId());
        runtime.createMessageCorrelation(MESSAGE_INTEGRITY_STOP).processInstanceId(inReview.getId())
                .setVariable(VAR_INTEGRITY_STOP_REASON, "IV2026-0002").correlateAll();
        assertThat(ended(inReview)).isTrue();
        assertThat(status.entered).containsExactly("STOPPED IV2026-0002");
    }

    @Test
    void instancesAreMigratedInAuditedBatchesAndOneThatCannotBeIsLeftOnItsVersionListedAndAudited() {
        List<ProcessInstance> many = List.of(startedOn(v7), startedOn(v7), startedOn(v7));
        ProcessInstance stuck = startedOn(renamed); // waits in an activity the latest version does not have
        ProcessInstance movable = startedOn(renamed);
        complete(movable, Map.of(VAR_EMPLOYER_DECISION, "CONFIRM")); // in qualification review, which it has

        TitleProcessMigration.Result result = migration(2).migrateAll();

        assertThat(result.migrated()).containsAll(many.stream().map(ProcessInstance::getId).toList()).contains(movable.getId());
        assertThat(definitionOf(movable)).isEqualTo(latest.getId());
        assertThat(audit).filteredOn(a -> a.startsWith("process.migrated")).containsExactly(
                "process.migrated process:titleApplication version " + v7.getVersion() + " -> " + latest.getVersion() + ": 2 instances",
                "process.migrated process:titleApplication version " + v7.getVersion() + " -> " + latest.getVersion() + ": 1 instances",
                "process.migrated process:titleApplication version " + renamed.getVersion() + " -> " + latest.getVersion() + ": 1 instances");
        assertThat(result.left()).extracting(TitleProcessMigration.Left::processInstanceId).containsExactly(stuck.getId());
        assertThat(result.left().get(0).version()).isEqualTo(renamed.getVersion());
        assertThat(audit).anyMatch(a -> a.startsWith("process.notMigrated case:" + stuck.getBusinessKey() + " instance "
                + stuck.getId() + " on version " + renamed.getVersion() + ": "));
        assertThat(definitionOf(stuck)).isEqualTo(renamed.getId());

        // the next start migrates nothing again and lists the one left behind
        audit.clear();
        TitleProcessMigration.Result again = migration(2).migrateAll();
        assertThat(again.migrated()).isEmpty();
        assertThat(again.left()).extracting(TitleProcessMigration.Left::processInstanceId).containsExactly(stuck.getId());
        assertThat(audit).noneMatch(a -> a.startsWith("process.migrated"));
    }
}
