package org.talentbridge.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.shared.policy.TechnicalSchoolClass;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.equivalence.EquivalenceService;
import org.talentbridge.equivalence.ExamField;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.investigation.InvestigationService;
import org.talentbridge.investigation.ReportRequest;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.skilleval.Assessment;
import org.talentbridge.skilleval.OrganisationKind;
import org.talentbridge.skilleval.SkillApplication;
import org.talentbridge.skilleval.SkillCaseService;

/**
 * Timings of issues 6 and 7 on the real stack: a skill case's submission (screening and routing) and its evaluation
 * (with the grant), an equivalence request, a report opening an investigation, and a confirmed finding's one-transaction
 * consequences on a person with a granted title. Run with {@code mvn -Pbenchmark test -Dtest=PathwaysBenchmark}; the
 * figures go to {@code target/benchmark-pathways.txt}. They never gate the build.
 */
@Tag("benchmark")
class PathwaysBenchmark extends IntegrationTest {

    private static final int N = Integer.getInteger("benchmark.pathways", 100);
    private static final int FINDINGS = Integer.getInteger("benchmark.findings", 30);

    @Autowired
    private SkillCaseService skillCases;
    @Autowired
    private EquivalenceService equivalence;
    @Autowired
    private InvestigationService investigations;
    @Autowired
    private TitleCaseService titleCases;
    @Autowired
    private TaskService tasks;

    private final List<String> report = new ArrayList<>();

    @Test
    void measure() throws Exception {
        skillCases();
        equivalences();
        findings();
        Files.write(Path.of("target/benchmark-pathways.txt"), report);
        report.forEach(System.out::println);
    }

    private void skillCases() {
        List<Long> submit = new ArrayList<>();
        List<Long> assess = new ArrayList<>();
        AccountView evaluator = accounts.findByUsername("evalsocial").orElseThrow();
        for (int i = 0; i < N; i++) {
            AccountView applicant = newAccount("bsk", Role.APPLICANT);
            signIn(applicant);
            profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.now().minusYears(4)));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(8), null, true));
            String number = timed(submit, () -> skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工",
                    OrganisationKind.SOCIAL_ORGANISATION, null)).summary().caseNumber());
            String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
            as(evaluator, () -> timed(assess, () -> skillCases.recordAssessment(task, new Assessment(85, 80))));
        }
        line("skill case submission (frozen profile + process + S1-S4 screening + routing to the organisation)", submit);
        line("skill evaluation recorded and passed (assessment + grant: SKILL_LEVEL certificate, level on the record)", assess);
    }

    private void equivalences() {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            AccountView graduate = newAccount("beq", Role.APPLICANT);
            signIn(graduate);
            profiles.saveFacts(new EmployerFacts(SHIPYARD, false, false, TechnicalSchoolClass.SENIOR_WORKER_CLASS));
            timed(nanos, () -> equivalence.requestForMyself(ExamField.ACCOUNTING));
        }
        line("equivalence request granted (Q table + EQUIVALENCE certificate + request record)", nanos);
    }

    private void findings() {
        List<Long> reports = new ArrayList<>();
        List<Long> approvals = new ArrayList<>();
        AccountView officer = accounts.findByUsername("integrity").orElseThrow();
        AccountView second = accounts.findByUsername("integrity2").orElseThrow();
        for (int i = 0; i < FINDINGS; i++) {
            AccountView applicant = eligibleWelder("bfind");
            String number = titleCases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
            passedToPublicity(number);
            as(accounts.findByUsername("secretary").orElseThrow(), () -> titleCases.publicityEnded(number, true)); // granted
            String investigation = as(officer, () -> timed(reports, () -> investigations.report(new ReportRequest(
                    applicant.idNumber(), applicant.displayName(), List.of(number), List.of(), "基准测试线索"))));
            as(officer, () -> {
                investigations.proposeFinding(investigation, IntegrityFinding.FRAUD, "基准测试", null);
                return null;
            });
            as(second, () -> timed(approvals, () -> {
                investigations.approve(investigation, "同意");
                return null;
            }));
        }
        SecurityContextHolder.clearContext();
        line("report opening an investigation (checks + process start)", reports);
        line("finding approved: void certificate and record, file entry, accountability list, in one transaction", approvals);
    }

    private static <T> T timed(List<Long> into, Supplier<T> action) {
        long start = System.nanoTime();
        T result = action.get();
        into.add(System.nanoTime() - start);
        return result;
    }

    private void line(String what, List<Long> nanos) {
        report.add(Timings.line(what, nanos));
    }
}
