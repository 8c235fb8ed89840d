package org.talentbridge.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * The grant of a publicity list in small transactions (issue 19 item 3; processes/publicity-period.bpmn version 2) on the
 * real engine and PostgreSQL: one job per entry, a failing entry retried on its own while the others are granted, and a
 * list published under version 1 (one transaction for the whole list) still granted, one job per entry.
 */
class PublicityGrantJobsTest extends IntegrationTest {

    @Autowired
    private PublicationService publication;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RoundService rounds;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void systemClock() {
        PublicationClock.system(publication);
    }

    @Test
    void aFailingEntryDoesNotRollBackTheOthersAndIsRetriedOnItsOwn() {
        PublicityView list = published(3);
        List<String> numbers = numbers(list);
        // an administrator suspended the second case's process in Cockpit: its grant fails until it is activated
        String suspended = titleProcess(numbers.get(1)).getId();
        runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(suspended).suspend();
        PublicationClock.at(publication, list.periodEnd().plusDays(1).atTime(0, 30));

        List<Exception> failures = GrantJobs.runEach(runtime, management, list.id(), nanos -> { });

        assertThat(failures).hasSize(1);
        assertThat(status(numbers.get(0))).isEqualTo(CaseStatus.GRANTED);
        assertThat(status(numbers.get(1))).isEqualTo(CaseStatus.PUBLICITY);
        assertThat(status(numbers.get(2))).isEqualTo(CaseStatus.GRANTED);
        Job failed = management.createJobQuery().processInstanceId(GrantJobs.instances(runtime, list.id()).get(0).getId())
                .withException().singleResult();
        assertThat(failed.getRetries()).as("R3/PT5M: two more tries").isEqualTo(2);
        GrantProgress progress = as(secretary(), () -> publication.grantProgress(list.id()));
        assertThat(progress).isEqualTo(new GrantProgress(GrantProgress.State.GRANTING, 3, 2, 1, 0));

        runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(suspended).activate();
        management.executeJob(failed.getId()); // the retry, as the job executor runs it when it is due
        assertThat(status(numbers.get(1))).isEqualTo(CaseStatus.GRANTED);
        assertThat(GrantJobs.instances(runtime, list.id())).as("the list's process has ended").isEmpty();
        for (String number : numbers) {
            assertThat(jdbc.queryForObject("select count(*) from tb.certificate where case_number = ?", Integer.class, number))
                    .as("certificates of " + number).isEqualTo(1);
        }
    }

    @Test
    void aListPublishedUnderVersion1IsGrantedOneJobPerEntryWhenItsTimerFires() {
        PublicityView list = published(2);
        ProcessInstance current = GrantJobs.instances(runtime, list.id()).get(0);
        // as if published before version 2: the list's instance is one of version 1, waiting at the same timer
        runtime.deleteProcessInstance(current.getId(), "replaced by a version 1 instance (test)");
        ProcessDefinition v1 = repository.createDeployment().name("publicity-period version 1 (test)")
                .addClasspathResource("old-processes/publicity-period-v1.bpmn").deployWithResult().getDeployedProcessDefinitions().get(0);
        ProcessInstance old;
        try {
            old = runtime.startProcessInstanceById(v1.getId(), PublicityPeriodProcess.businessKey(list.id()),
                    Map.of(PublicityPeriodProcess.VAR_PUBLICITY_ID, list.id(), PublicityPeriodProcess.VAR_GRANT_AT,
                            java.util.Date.from(list.periodEnd().plusDays(1).atTime(0, 30).atZone(ZoneId.systemDefault()).toInstant())));
        } finally {
            // version 2 the latest again, as after the upgrade
            repository.createDeployment().name("publicity-period (test)").addClasspathResource("processes/publicity-period.bpmn")
                    .deploy();
        }
        assertThat(v1.getVersionTag()).isEqualTo("1");
        PublicationClock.at(publication, list.periodEnd().plusDays(1).atTime(0, 30));
        Job timer = management.createJobQuery().processInstanceId(old.getId()).singleResult();

        management.executeJob(timer.getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(old.getId()).count()).as("version 1 has ended").isZero();
        for (String number : numbers(list)) {
            assertThat(status(number)).as("handed over, not granted in the timer's transaction").isEqualTo(CaseStatus.PUBLICITY);
        }
        ProcessInstance handedOver = GrantJobs.instances(runtime, list.id()).get(0);
        assertThat(repository.getProcessDefinition(handedOver.getProcessDefinitionId()).getVersionTag()).isEqualTo("2");
        GrantJobs.runAll(runtime, management, list.id());
        for (String number : numbers(list)) {
            assertThat(status(number)).isEqualTo(CaseStatus.GRANTED);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private PublicityView published(int count) {
        LocalDate today = LocalDate.now();
        long round = rounds.createAs(new RoundRequest(today.getYear(), "逐件授予测试" + System.nanoTime(), List.of("工程技术"),
                LocalDate.of(today.getYear(), 12, 31), today.minusDays(10), today.plusDays(10), 10, 5), "admin").id();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            eligibleWelder("grantjob");
            numbers.add(cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true, round)).caseNumber());
            passedToPublicity(numbers.get(i));
            SecurityContextHolder.clearContext();
        }
        PublicationClock.at(publication, PublicationServiceTest.PUBLISHED);
        return as(secretary(), () -> publication.publish(round, numbers, null));
    }

    private List<String> numbers(PublicityView list) {
        return as(secretary(), () -> publication.entries(list.id())).stream().map(PublishedEntry::caseNumber).toList();
    }

    private ProcessInstance titleProcess(String caseNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(TitleApplicationProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
    }

    private CaseStatus status(String caseNumber) {
        return as(secretary(), () -> cases.details(caseNumber).orElseThrow().summary().status());
    }

    private AccountView secretary() {
        return accounts.findByUsername("secretary").orElseThrow();
    }
}
