package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

/** Employer review (单位审核): own staff only, both confirmations, the post for public-institution staff (rule E). */
class EmployerReviewTest extends IntegrationTest {

    private static final String HOSPITAL = "舟山市第二人民医院";

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private EmployerReviewService reviews;
    @Autowired
    private TaskService tasks;
    @Autowired
    private AuditLog audit;
    @Autowired
    private CaseTimelineService timeline;

    private AccountView applicant;

    /** A welder whose profile names {@code employer}; submitted and waiting for that employer's review. */
    private String submittedBy(String prefix, String employer, boolean publicInstitutionStaff) {
        applicant = eligibleWelder(prefix);
        employer(employer);
        profiles.saveFacts(new EmployerFacts(employer, false, publicInstitutionStaff, null));
        return cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
    }

    private String taskOf(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private CaseStatus status(String caseNumber) {
        return as(applicant, () -> cases.details(caseNumber).orElseThrow().summary().status());
    }

    @Test
    void anEmployerReviewerSeesOnlyTheCasesOfTheirOwnStaff() {
        String ours = submittedBy("empown", SHIPYARD, false);
        String theirs = submittedBy("empother", HOSPITAL, false);
        signIn(employerReviewer(SHIPYARD));

        List<String> listed = reviews.page(null, 0, 10_000).stream().map(r -> r.summary().caseNumber()).toList();
        assertThat(listed).contains(ours).doesNotContain(theirs);
        assertThat(cases.details(ours)).isPresent();
        NextStep next = timeline.nextStep(ours); // in the employer's words, and theirs to act on
        assertThat(next.messageKey()).isEqualTo("case.next.employer");
        assertThat(next.viewerMustAct()).isTrue();
        assertThatThrownBy(() -> cases.details(theirs)).isInstanceOf(AccessDeniedException.class);
        String otherTask = taskOf(theirs);
        assertThatThrownBy(() -> reviews.confirm(otherTask, new EmployerConfirmation(true, true, null)))
                .isInstanceOf(TaskGoneException.class);
        assertThatThrownBy(() -> reviews.returnToApplicant(otherTask, "不是我单位的"))
                .isInstanceOf(TaskGoneException.class);
        assertThat(status(theirs)).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
    }

    @Test
    void confirmingNeedsBothConfirmationsAndSendsTheCaseToQualificationReview() {
        String number = submittedBy("empconf", SHIPYARD, false);
        AccountView hr = employerReviewer(SHIPYARD);
        signIn(hr);
        String task = taskOf(number);
        assertThat(problemsOf(() -> reviews.confirm(task, new EmployerConfirmation(false, true, null))))
                .containsExactly(new FieldProblem("workHistoryConfirmed", "validation.mustConfirm"));
        assertThat(problemsOf(() -> reviews.confirm(task, new EmployerConfirmation(true, false, null))))
                .containsExactly(new FieldProblem("assessmentsConfirmed", "validation.mustConfirm"));

        reviews.confirm(task, new EmployerConfirmation(true, true, null));

        assertThat(status(number)).isEqualTo(CaseStatus.QUALIFICATION_REVIEW);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getTaskDefinitionKey())
                .isEqualTo(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW);
        assertThat(audit.history("case:" + number)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("employer.confirm");
            assertThat(e.getActor()).isEqualTo(hr.username());
        });
    }

    @Test
    void publicInstitutionStaffNeedTheEmployersPostConfirmation() {
        String number = submittedBy("emppost", HOSPITAL, true);
        signIn(employerReviewer(HOSPITAL));
        String task = taskOf(number);
        assertThat(reviews.needsPostConfirmation(task)).isTrue();
        assertThat(problemsOf(() -> reviews.confirm(task, new EmployerConfirmation(true, true, " "))))
                .containsExactly(new FieldProblem("postConfirmation", "validation.postConfirmationRequired"));

        reviews.confirm(task, new EmployerConfirmation(true, true, "专业技术岗位十级（中级）"));

        assertThat(status(number)).isEqualTo(CaseStatus.QUALIFICATION_REVIEW);
        assertThat(audit.history("case:" + number)).anySatisfy(e ->
                assertThat(e.getDetails()).isEqualTo("post: 专业技术岗位十级（中级）"));
    }

    @Test
    void aReturnedCaseGoesToTheApplicantWithTheReasonAndAfterCorrectionBackToTheEmployer() {
        String number = submittedBy("empret", SHIPYARD, false);
        signIn(employerReviewer(SHIPYARD));
        String task = taskOf(number);
        assertThat(problemsOf(() -> reviews.returnToApplicant(task, "")))
                .containsExactly(new FieldProblem("reason", "validation.required"));

        reviews.returnToApplicant(task, "2024 年 3 月起已调入本厂，之前的工作经历请另附证明");

        signIn(applicant);
        CaseDetails details = cases.details(number).orElseThrow();
        assertThat(details.summary().status()).isEqualTo(CaseStatus.CORRECTION);
        assertThat(details.correction().orElseThrow().reason()).isEqualTo("2024 年 3 月起已调入本厂，之前的工作经历请另附证明");

        cases.resubmit(number);
        assertThat(status(number)).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getTaskDefinitionKey())
                .isEqualTo(TitleApplicationProcess.TASK_EMPLOYER_REVIEW);
    }

    @Test
    void anApplicantWhoseEmployerIsNotRegisteredIsToldOnTheEmployerField() {
        AccountView a = eligibleWelder("empnone");
        profiles.saveFacts(new EmployerFacts("未登记的个体工作室" + a.id(), false, false, null));
        assertThat(problemsOf(() -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true))))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("employerName", "validation.employerNotRegistered"));
        assertThat(cases.myCases()).isEmpty();
    }

    @Test
    void twoEmployerReviewersDecidingAtOnceYieldOneDecisionAndTheOtherLearnsWhoHasIt() throws Exception {
        String number = submittedBy("emprace", SHIPYARD, false);
        String task = taskOf(number);
        AccountView first = employerReviewer(SHIPYARD);
        AccountView second = employerReviewer(SHIPYARD);
        SecurityContextHolder.clearContext();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<String>> both = new ArrayList<>();
        for (AccountView hr : List.of(first, second)) {
            both.add(() -> {
                signIn(hr);
                start.await();
                try {
                    reviews.confirm(task, new EmployerConfirmation(true, true, null));
                    return "confirmed";
                } catch (TaskClaimedException | TaskGoneException e) {
                    return e.getClass().getSimpleName();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(both)) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyOnce("confirmed");
        assertThat(status(number)).isEqualTo(CaseStatus.QUALIFICATION_REVIEW);
    }

    @Test
    void otherRolesCannotUseEmployerReview() {
        signIn(newAccount("empnot", Role.REVIEWER));
        assertThatThrownBy(() -> reviews.page(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
