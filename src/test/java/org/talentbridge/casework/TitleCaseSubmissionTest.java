package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

class TitleCaseSubmissionTest extends IntegrationTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private TitleCaseRepository repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TransactionTemplate tx;

    private static SubmitTitleApplication welder() {
        return new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true);
    }

    private long instancesOf(String applicant) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(TitleApplicationProcess.KEY)
                .variableValueEquals(TitleApplicationProcess.VAR_APPLICANT, applicant).count();
    }

    @Test
    void submissionCreatesTheCaseRowAndItsProcessInstanceWithTheCaseNumberAsBusinessKey() {
        AccountView applicant = eligibleWelder("sub");
        signIn(applicant);

        CaseSummary created = cases.submit(welder());

        assertThat(created.caseNumber()).matches("ZC\\d{4}-\\d{6}");
        assertThat(created.status()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
        TitleCase row = repository.findByCaseNumber(created.caseNumber()).orElseThrow();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(created.caseNumber()).singleResult().getId())
                .isEqualTo(row.getProcessInstanceId());
    }

    @Test
    void aFailureAfterTheProcessStartLeavesNeitherCaseNorProcessBehind() {
        AccountView applicant = eligibleWelder("rollback");
        signIn(applicant);
        long casesBefore = repository.count();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            cases.submit(welder());
            assertThat(instancesOf(applicant.username())).isEqualTo(1); // visible inside the transaction
            throw new IllegalStateException("failure after the process start");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(repository.count()).isEqualTo(casesBefore);
        assertThat(instancesOf(applicant.username())).isZero();
        assertThat(cases.myCases()).isEmpty();
    }

    @Test
    void theCaseFreezesTheProfileAtSubmission() {
        AccountView applicant = newAccount("frozen", Role.APPLICANT);
        signIn(applicant);
        profiles.addCertificate(new CertificateInput(SkillLevel.TECHNICIAN, "焊工", LocalDate.of(2020, 1, 1), "C-1", "鉴定中心"));
        CaseSummary created = cases.submit(welder());

        profiles.addCertificate(new CertificateInput(SkillLevel.SENIOR_TECHNICIAN, "焊工", LocalDate.of(2024, 1, 1), "C-2", "鉴定中心"));

        assertThat(cases.details(created.caseNumber()).orElseThrow().evidence().certificates())
                .extracting(c -> c.certificateNumber()).containsExactly("C-1");
    }

    @Test
    void aDoubleSubmissionYieldsTheSameCase() {
        AccountView applicant = eligibleWelder("twice");
        signIn(applicant);
        CaseSummary first = cases.submit(welder());
        CaseSummary second = cases.submit(welder());
        assertThat(second.caseNumber()).isEqualTo(first.caseNumber());
        assertThat(cases.myCases()).hasSize(1);
    }

    @Test
    void concurrentSubmissionsFromTwoTabsYieldOneCaseAndOneProcess() throws Exception {
        AccountView applicant = eligibleWelder("tabs");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> tabs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tabs.add(() -> {
                signIn(applicant);
                try {
                    return cases.submit(welder()).caseNumber();
                } finally {
                    org.springframework.security.core.context.SecurityContextHolder.clearContext();
                }
            });
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(tabs)) {
            numbers.add(f.get());
        }
        pool.shutdown();
        assertThat(numbers).containsOnly(numbers.get(0));
        assertThat(instancesOf(applicant.username())).isEqualTo(1);
    }

    @Test
    void aTwoSeriesOccupationNeedsOneOfItsSeries() {
        signIn(newAccount("series", Role.APPLICANT));
        assertThatThrownBy(() -> cases.submit(new SubmitTitleApplication("焊工", null, TitleLevel.INTERMEDIATE, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .containsExactly(new FieldProblem("series", "validation.seriesRequired", "工程技术 / 实验技术")));
        assertThatThrownBy(() -> cases.submit(new SubmitTitleApplication("焊工", "工艺美术", TitleLevel.INTERMEDIATE, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(FieldProblem::messageKey).containsExactly("validation.seriesNotOffered"));
    }

    @Test
    void aSingleSeriesOccupationTakesItsSeriesAndAnUnlistedOneWaitsForTheSecretary() {
        signIn(newAccount("single", Role.APPLICANT));
        assertThat(cases.submit(new SubmitTitleApplication("家具设计师", null, TitleLevel.ASSISTANT, true)).series())
                .isEqualTo("工艺美术（工业设计）");
        signIn(newAccount("unlisted", Role.APPLICANT));
        assertThat(cases.submit(new SubmitTitleApplication("元宇宙场景搭建员", null, TitleLevel.ASSISTANT, true)).series())
                .isNull();
    }

    @Test
    void theEthicsDeclarationAndATargetLevelAreRequired() {
        signIn(newAccount("ethics", Role.APPLICANT));
        assertThatThrownBy(() -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("ethicsDeclaration", "targetLevel"));
    }

    @Test
    void anApplicantNeverSeesAnotherApplicantsCase() {
        AccountView owner = eligibleWelder("owner");
        signIn(owner);
        String number = cases.submit(welder()).caseNumber();

        signIn(newAccount("nosy", Role.APPLICANT));
        assertThatThrownBy(() -> cases.details(number)).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.myCases()).isEmpty();

        signIn(accounts.findByUsername("reviewer").orElseThrow());
        assertThat(cases.details(number)).isPresent();
    }

    @Test
    void onlyApplicantsSubmit() {
        signIn(accounts.findByUsername("reviewer").orElseThrow());
        assertThatThrownBy(() -> cases.submit(welder())).isInstanceOf(AccessDeniedException.class);
    }
}
