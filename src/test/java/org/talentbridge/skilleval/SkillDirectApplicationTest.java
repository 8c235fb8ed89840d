package org.talentbridge.skilleval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.casefile.AchievementInput;
import org.talentbridge.casefile.AchievementKind;
import org.talentbridge.casefile.AchievementService;
import org.talentbridge.casefile.CaseDocument;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.DocumentView;
import org.talentbridge.casefile.Documents;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.eligibility.Check;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.validation.FieldProblem;

/**
 * Issue 15 item 7 on the real engine and database: a skill application freezes the applicant's documents, who may read
 * them, and S5 direct application (the evidence limit, the DIRECT route, the admission review admitted and refused, the
 * application withdrawn while it waits for the admission review).
 */
class SkillDirectApplicationTest extends SkillEvaluationTestSupport {

    @Autowired
    private CaseFileService caseFiles;
    @Autowired
    private AchievementService achievements;
    @Autowired
    private AuditLog audit;
    @Autowired
    private HistoryService history;

    /** An electrician without title or skill level (no S1/S2 route), with one competition result carrying a PDF. */
    private AccountView outstandingElectrician(String prefix) {
        AccountView applicant = newAccount(prefix, Role.APPLICANT);
        signIn(applicant);
        profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(9), null, true));
        long id = achievement("全省电工职业技能竞赛一等奖");
        caseFiles.upload(ItemRef.of(ItemKind.ACHIEVEMENT, id), Documents.pdfFile("竞赛获奖证书.pdf", "first prize " + prefix));
        return applicant;
    }

    private long achievement(String description) {
        return achievements.addAchievement(new AchievementInput(AchievementKind.COMPETITION, LocalDate.now().minusYears(1),
                description, null, null, null, null));
    }

    private SkillCaseSummary applyDirect(List<ItemRef> evidence) {
        return skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION,
                null, true, evidence)).summary();
    }

    private List<ItemRef> allEvidence() {
        return skillCases.myEvidence().stream().map(SkillCaseService.EvidenceItem::item).toList();
    }

    private SkillCaseDetails details(String caseNumber) {
        return as(accounts.findByUsername("admin").orElseThrow(), () -> skillCases.details(caseNumber).orElseThrow());
    }

    @Test
    void s5Admitted_theDirectApplicationGoesToTheAdmissionReviewAndOnceAdmittedIsAssessedAndGranted() {
        outstandingElectrician("s5adm");
        SkillCaseSummary c = applyDirect(allEvidence());

        assertThat(c.status()).isEqualTo(SkillCaseStatus.ADMISSION_REVIEW);
        assertThat(c.organisationName()).isEqualTo(SOCIAL);
        SkillScreeningRecord screening = details(c.caseNumber()).screening().orElseThrow();
        assertThat(screening.route()).isEqualTo(SkillScreeningRecord.DIRECT);
        assertThat(screening.eligible()).isTrue();
        assertThat(screening.checks()).filteredOn(ch -> ch.rule().equals("S5"))
                .singleElement().satisfies(ch -> assertThat(ch.arguments()).containsExactly("1"));
        assertThat(screening.checks()).noneMatch(ch -> ch.outcome() == Check.Outcome.NOT_MET);
        assertThat(details(c.caseNumber()).directEvidence()).extracting(ItemRef::kind).containsExactly(ItemKind.ACHIEVEMENT);

        AccountView evaluator = evaluatorOf(SOCIAL);
        EvaluationRow row = as(evaluator, () -> skillCases.evaluations(c.caseNumber(), 0, 10)).get(0);
        assertThat(row.admissionReview()).isTrue();
        // an admission review is not an evaluation: the assessment cannot be recorded on it
        assertThatThrownBy(() -> as(evaluator, () -> skillCases.recordAssessment(row.taskId(), new Assessment(90, 90))))
                .isInstanceOf(EvaluationGoneException.class);
        SkillCaseSummary admitted = as(evaluator, () -> skillCases.decideAdmission(row.taskId(), true, null));

        assertThat(admitted.status()).isEqualTo(SkillCaseStatus.EVALUATION);
        assertThat(details(c.caseNumber()).admitted()).isTrue();
        assertThat(details(c.caseNumber()).admissionDecidedBy()).isEqualTo(evaluator.username());
        assertThat(assess(c.caseNumber(), 88, 80).status()).isEqualTo(SkillCaseStatus.PASSED);
        assertThat(audit.history("case:" + c.caseNumber())).extracting(AuditEvent::getAction)
                .contains("skillCase.submitted", "casefile.frozen", "skillCase.screened", "skillCase.admitted", "skillCase.granted");
    }

    @Test
    void s5Refused_aRefusalNeedsAReasonAndEndsTheCaseWithTheReasonShownToTheApplicant() {
        AccountView applicant = outstandingElectrician("s5ref");
        SkillCaseSummary c = applyDirect(allEvidence());
        AccountView evaluator = evaluatorOf(SOCIAL);
        String task = taskOf(c.caseNumber());

        assertThat(problemsOf(() -> as(evaluator, () -> skillCases.decideAdmission(task, false, " "))))
                .extracting(FieldProblem::field).containsExactly("reason");
        as(evaluator, () -> skillCases.decideAdmission(task, false, "竞赛为市级三等奖，未达到技师水平"));

        SkillCaseDetails mine = as(applicant, () -> skillCases.details(c.caseNumber()).orElseThrow());
        assertThat(mine.summary().status()).isEqualTo(SkillCaseStatus.ADMISSION_REFUSED);
        assertThat(mine.statusReason()).isEqualTo("竞赛为市级三等奖，未达到技师水平");
        assertThat(mine.assessedAt()).isNull();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.caseNumber()).singleResult()
                .getEndActivityId()).isEqualTo(SkillEvaluationProcess.END_ADMISSION_REFUSED);
        // the case ended: the applicant may apply again for the level
        assertThat(as(applicant, () -> applyDirect(allEvidence())).caseNumber()).isNotEqualTo(c.caseNumber());
    }

    @Test
    void s5Withdrawn_theApplicantWithdrawsWhileTheAdmissionReviewWaitsAndTheEvaluatorsTaskGoes() {
        AccountView applicant = outstandingElectrician("s5wd");
        SkillCaseSummary c = applyDirect(allEvidence());
        AccountView evaluator = evaluatorOf(SOCIAL);
        assertThat(as(evaluator, () -> skillCases.evaluations(c.caseNumber(), 0, 10))).hasSize(1);

        assertThat(problemsOf(() -> as(applicant, () -> skillCases.withdraw(c.caseNumber(), " "))))
                .extracting(FieldProblem::field).containsExactly("reason");
        SkillCaseSummary withdrawn = as(applicant, () -> skillCases.withdraw(c.caseNumber(), "先参加市级竞赛再申报"));

        assertThat(withdrawn.status()).isEqualTo(SkillCaseStatus.WITHDRAWN);
        assertThat(as(applicant, () -> skillCases.details(c.caseNumber()).orElseThrow()).statusReason())
                .isEqualTo("先参加市级竞赛再申报");
        assertThat(as(evaluator, () -> skillCases.evaluations(c.caseNumber(), 0, 10))).as("the admission review task").isEmpty();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.caseNumber()).singleResult()
                .getEndActivityId()).isEqualTo(SkillEvaluationProcess.END_WITHDRAWN);
        assertThat(audit.history("case:" + c.caseNumber())).filteredOn(e -> e.getAction().equals("skillCase.withdrawn"))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(applicant.username()));
        // ended: withdrawing again is refused on the case, not a second withdrawal
        assertThat(problemsOf(() -> as(applicant, () -> skillCases.withdraw(c.caseNumber(), "再次撤回"))))
                .extracting(FieldProblem::field).containsExactly("caseNumber");
    }

    @Test
    void theEvidenceLimitIsTwentyItems_twentyAreAcceptedTwentyOneRefusedOnTheFieldEvidence() {
        outstandingElectrician("s5lim");
        for (int i = 2; i <= 21; i++) {
            achievement("技术革新成果 " + i);
        }
        List<ItemRef> all = allEvidence();
        assertThat(all).hasSize(21);

        assertThat(problemsOf(() -> applyDirect(all))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("evidence");
            assertThat(p.messageKey()).isEqualTo("skilleval.validation.tooMuchEvidence");
        });
        assertThat(problemsOf(() -> applyDirect(List.of()))).extracting(FieldProblem::field).containsExactly("evidence");
        assertThat(problemsOf(() -> applyDirect(List.of(ItemRef.of(ItemKind.ACHIEVEMENT, 999_999)))))
                .extracting(FieldProblem::messageKey).containsExactly("skilleval.validation.evidenceNotYours");
        SkillCaseSummary c = applyDirect(all.subList(0, 20));
        assertThat(c.status()).isEqualTo(SkillCaseStatus.ADMISSION_REVIEW);
        assertThat(details(c.caseNumber()).directEvidence()).hasSize(20);
    }

    @Test
    void aSkillCasesDocumentsAreReadByTheApplicantAndTheOrganisationsEvaluatorOnly_everyReadAudited() throws Exception {
        AccountView applicant = outstandingElectrician("s5acc");
        SkillCaseSummary c = applyDirect(allEvidence());
        List<CaseDocument> file = caseFiles.caseFile(c.caseNumber());
        assertThat(file).singleElement().satisfies(d -> assertThat(d.version().fileName()).isEqualTo("竞赛获奖证书.pdf"));
        long id = file.get(0).id();
        AccountView another = newAccount("s5nosy", Role.APPLICANT);
        AccountView otherEvaluator = evaluatorOf(APPRAISAL);
        AccountView evaluator = evaluatorOf(SOCIAL);
        AccountView officer = accounts.findByUsername("integrity").orElseGet(() -> newAccount("s5io", Role.INTEGRITY_OFFICER));

        for (AccountView reader : List.of(applicant, evaluator, officer)) {
            assertThat(as(reader, () -> caseFiles.read(c.caseNumber(), id)).fileName()).isEqualTo("竞赛获奖证书.pdf");
        }
        for (AccountView refused : List.of(another, otherEvaluator)) {
            assertThatThrownBy(() -> as(refused, () -> caseFiles.caseFile(c.caseNumber()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> caseFiles.read(c.caseNumber(), id))).isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> caseFiles.read(c.caseNumber(), id)).isInstanceOfAny(AuthenticationException.class,
                AccessDeniedException.class);
        assertThat(as(applicant, () -> audit.history("case:" + c.caseNumber()))).filteredOn(e -> e.getAction().equals("casefile.read"))
                .extracting(AuditEvent::getActor).containsExactly(applicant.username(), evaluator.username(), officer.username());

        // through the API: the document for its applicant, 404 for another applicant (as for a case that does not exist)
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(url("/api/cases/" + c.caseNumber() + "/documents/" + id));
        assertThat(http.send(basic(HttpRequest.newBuilder(uri), applicant.username()).build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
        assertThat(http.send(basic(HttpRequest.newBuilder(uri), another.username()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void freezing_aProfileEditAfterSubmissionLeavesTheSkillCaseUnchanged() {
        titledElectrician("skfrz");
        ItemRef work = ItemRef.of(ItemKind.WORK, profiles.myProfile().workPeriods().get(0).id());
        DocumentView proof = caseFiles.upload(work, Documents.pdfFile("在岗证明.pdf", "at work"));
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION, null);
        List<CaseDocument> before = caseFiles.caseFile(c.caseNumber());
        assertThat(before).singleElement().satisfies(d -> assertThat(d.change()).isEqualTo("NEW"));

        caseFiles.replace(proof.id(), Documents.pdfFile("在岗证明-新.pdf", "changed later"));
        caseFiles.upload(work, Documents.pdfFile("补充.pdf", "added later"));

        List<CaseDocument> after = caseFiles.caseFile(c.caseNumber());
        assertThat(after).extracting(d -> d.version().sha256()).containsExactlyElementsOf(
                new ArrayList<>(before.stream().map(d -> d.version().sha256()).toList()));
        assertThat(after.get(0).version().fileName()).isEqualTo("在岗证明.pdf");
    }
}
