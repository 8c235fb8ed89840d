package org.talentbridge.equivalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.certificate.CertificateKind;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.certificate.Verification;
import org.talentbridge.integrity.IntegrityEntryRequest;
import org.talentbridge.integrity.IntegrityFileService;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TechnicalSchoolClass;
import org.talentbridge.shared.validation.FieldProblem;

/** Pathway Q: exam-registration equivalence confirmations (issue 7, item 5). */
class EquivalenceServiceTest extends IntegrationTest {

    @Autowired
    private EquivalenceService equivalence;
    @Autowired
    private CertificateService certificates;
    @Autowired
    private IntegrityFileService integrityFile;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcTemplate jdbc;

    /** A new applicant whose profile records the technical-school class (null: none). */
    private AccountView graduate(String prefix, TechnicalSchoolClass schoolClass) {
        AccountView applicant = newAccount(prefix, Role.APPLICANT);
        as(applicant, () -> {
            profiles.saveFacts(new EmployerFacts(SHIPYARD, false, false, schoolClass));
            return null;
        });
        return applicant;
    }

    private EquivalenceConfirmation asks(AccountView applicant, ExamField exam) {
        return as(applicant, () -> equivalence.requestForMyself(exam));
    }

    @Test
    void qIntermediateWorkerClassCountsAsSecondaryVocationalForAccounting() {
        EquivalenceConfirmation c = asks(graduate("qmid", TechnicalSchoolClass.INTERMEDIATE_WORKER_CLASS), ExamField.ACCOUNTING);

        assertThat(c.granted()).isTrue();
        assertThat(c.educationLevel()).isEqualTo("SECONDARY_VOCATIONAL");
        assertThat(c.ruleId()).isEqualTo("Q");
        assertThat(c.certificateNumber()).startsWith("ZJXS-" + LocalDate.now().getYear() + "-");
    }

    @Test
    void qSeniorWorkerClassCountsAsJuniorCollegeForStatistics() {
        EquivalenceConfirmation c = asks(graduate("qsenior", TechnicalSchoolClass.SENIOR_WORKER_CLASS), ExamField.STATISTICS);

        assertThat(c.granted()).isTrue();
        assertThat(c.educationLevel()).isEqualTo("JUNIOR_COLLEGE");
    }

    @Test
    void qPreTechnicianClassCountsAsBachelorForComputerTechnology() {
        EquivalenceConfirmation c = asks(graduate("qpre", TechnicalSchoolClass.PRE_TECHNICIAN_CLASS), ExamField.COMPUTER_TECHNOLOGY);

        assertThat(c.granted()).isTrue();
        assertThat(c.educationLevel()).isEqualTo("BACHELOR");
    }

    @Test
    void qEveryListedExamIsConfirmedForASeniorWorkerClassGraduate() {
        AccountView graduate = graduate("qall", TechnicalSchoolClass.SENIOR_WORKER_CLASS);
        for (ExamField exam : List.of(ExamField.ECONOMICS, ExamField.ACCOUNTING, ExamField.STATISTICS, ExamField.AUDIT,
                ExamField.TRANSLATION, ExamField.PUBLISHING, ExamField.TELECOM, ExamField.COMPUTER_TECHNOLOGY)) {
            assertThat(asks(graduate, exam).granted()).as(exam.name()).isTrue();
        }
    }

    @Test
    void qAnExamOutsideTheListedFieldsIsRefusedWithAReasonAndNoCertificate() {
        AccountView graduate = graduate("qlaw", TechnicalSchoolClass.PRE_TECHNICIAN_CLASS);
        EquivalenceConfirmation c = asks(graduate, ExamField.CERTIFIED_PUBLIC_ACCOUNTANT);

        assertThat(c.granted()).isFalse();
        assertThat(c.ruleId()).isEqualTo("Q");
        assertThat(c.reasonKey()).isEqualTo("equivalence.reason.notListed");
        assertThat(c.reasonArgs()).containsExactly("@schoolClass.PRE_TECHNICIAN_CLASS", "@equivalence.exam.CERTIFIED_PUBLIC_ACCOUNTANT");
        assertThat(c.certificateNumber()).isNull();
        assertThat(c.rulesVersion()).contains("examEquivalence");
        assertThat(as(graduate, () -> certificates.mine())).isEmpty();
    }

    @Test
    void qWithoutASchoolClassInTheProfileIsRefusedWithAReason() {
        EquivalenceConfirmation c = asks(graduate("qnone", null), ExamField.ACCOUNTING);

        assertThat(c.granted()).isFalse();
        assertThat(c.schoolClass()).isNull();
        assertThat(c.reasonKey()).isEqualTo("equivalence.reason.noSchoolClass");
        assertThat(c.certificateNumber()).isNull();
    }

    @Test
    void iAPersonWithAnActiveIntegrityEntryGetsNoNewConfirmation() {
        AccountView graduate = graduate("qint", TechnicalSchoolClass.SENIOR_WORKER_CLASS);
        as(newAccount("qintoff", Role.INTEGRITY_OFFICER), () -> integrityFile.record(new IntegrityEntryRequest(
                graduate.idNumber(), graduate.displayName(), IntegrityFinding.FRAUD, "伪造毕业证书", LocalDate.now().minusDays(1), null)));

        EquivalenceConfirmation c = asks(graduate, ExamField.ACCOUNTING);

        assertThat(c.granted()).isFalse();
        assertThat(c.ruleId()).isEqualTo("I");
        assertThat(c.reasonKey()).isEqualTo("equivalence.reason.integrity");
        assertThat(c.certificateNumber()).isNull();
        // an exam office's request does not consult the file: its answer must not tell the office about an entry
        EquivalenceConfirmation byOffice = as(accounts.findByUsername("examoffice").orElseThrow(),
                () -> equivalence.requestFor(graduate.idNumber(), ExamField.ACCOUNTING));
        assertThat(byOffice.granted()).isTrue();
    }

    @Test
    void theSameRequestTwiceReturnsTheFirstConfirmation() {
        AccountView graduate = graduate("qtwice", TechnicalSchoolClass.SENIOR_WORKER_CLASS);
        EquivalenceConfirmation first = asks(graduate, ExamField.AUDIT);
        EquivalenceConfirmation second = asks(graduate, ExamField.AUDIT);

        assertThat(first.repeated()).isFalse();
        assertThat(second.repeated()).isTrue();
        assertThat(second.requestNumber()).isEqualTo(first.requestNumber());
        assertThat(second.certificateNumber()).isEqualTo(first.certificateNumber());
        assertThat(as(graduate, () -> equivalence.mine())).hasSize(1);
        assertThat(as(graduate, () -> certificates.mine())).hasSize(1);
    }

    @Test
    void fourConcurrentIdenticalRequestsGiveOneConfirmation() throws Exception {
        AccountView graduate = graduate("qrace", TechnicalSchoolClass.INTERMEDIATE_WORKER_CLASS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<EquivalenceConfirmation> ask = () -> asks(graduate, ExamField.TELECOM);
            List<Future<EquivalenceConfirmation>> answers = pool.invokeAll(List.of(ask, ask, ask, ask));
            for (Future<EquivalenceConfirmation> answer : answers) {
                assertThat(answer.get().granted()).isTrue();
            }
            assertThat(answers.stream().map(f -> {
                try {
                    return f.get().certificateNumber();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).distinct()).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(as(graduate, () -> certificates.mine())).hasSize(1);
    }

    @Test
    void aGrantedConfirmationIsAnEquivalenceCertificateWithTheRequestAsItsCaseAndItVerifies() {
        AccountView graduate = graduate("qcert", TechnicalSchoolClass.SENIOR_WORKER_CLASS);
        EquivalenceConfirmation c = asks(graduate, ExamField.ECONOMICS);

        CertificateView certificate = certificates.findByCase(CertificateKind.EQUIVALENCE, c.requestNumber()).orElseThrow();
        assertThat(certificate.certificateNumber()).isEqualTo(c.certificateNumber());
        assertThat(certificate.holderAccountId()).isEqualTo(graduate.id());
        assertThat(certificate.series()).isEqualTo("ECONOMICS");
        assertThat(certificate.level()).isEqualTo("JUNIOR_COLLEGE");
        assertThat(certificate.route()).isEqualTo("SENIOR_WORKER_CLASS");
        Verification v = certificates.verify(c.verificationCode());
        assertThat(v.result()).isEqualTo(Verification.Result.VALID);
        assertThat(v.kind()).isEqualTo(CertificateKind.EQUIVALENCE);
        assertThat(v.schoolClass()).isEqualTo("SENIOR_WORKER_CLASS");
    }

    @Test
    void aVoidedConfirmationIsNotReturnedAgainAndANewOneIsIssued() {
        AccountView graduate = graduate("qvoid", TechnicalSchoolClass.SENIOR_WORKER_CLASS);
        EquivalenceConfirmation first = asks(graduate, ExamField.PUBLISHING);
        as(newAccount("qvoidoff", Role.INTEGRITY_OFFICER), () -> certificates.voidCertificate(first.certificateNumber(), "录入错误"));

        EquivalenceConfirmation second = asks(graduate, ExamField.PUBLISHING);

        assertThat(second.repeated()).isFalse();
        assertThat(second.certificateNumber()).isNotEqualTo(first.certificateNumber());
    }

    @Test
    void everyDecisionIsRecordedWithEvidenceAndAudited() {
        AccountView graduate = graduate("qaudit", TechnicalSchoolClass.SENIOR_WORKER_CLASS);
        EquivalenceConfirmation c = asks(graduate, ExamField.TRANSLATION);

        String evidence = jdbc.queryForObject("select evidence::text from tb.equivalence_request where request_number = ?",
                String.class, c.requestNumber());
        assertThat(evidence).contains("SENIOR_WORKER_CLASS", "TRANSLATION", "applicant_profile:" + graduate.id(),
                "\"integrityActiveEntry\": false", "examEquivalence");
        assertThat(audit.history("equivalence:" + c.requestNumber())).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).startsWith("GRANTED Q TRANSLATION"));
        assertThatThrownBy(() -> jdbc.update("update tb.equivalence_request set outcome = 'REFUSED' where request_number = ?",
                c.requestNumber())).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void anExamOfficeUserRequestsForAnApplicantByIdNumber() {
        AccountView graduate = graduate("qoffice", TechnicalSchoolClass.PRE_TECHNICIAN_CLASS);
        AccountView office = newAccount("qexam", Role.EXAM_OFFICE);

        EquivalenceConfirmation c = as(office, () -> equivalence.requestFor(" " + graduate.idNumber().toLowerCase() + " ",
                ExamField.ACCOUNTING));

        assertThat(c.granted()).isTrue();
        assertThat(c.educationLevel()).isEqualTo("BACHELOR");
        assertThat(c.requestedBy()).isEqualTo(office.username());
        assertThat(c.personIdMasked()).doesNotContain(graduate.idNumber().substring(6, 14));
        // the applicant sees it among their own, and its certificate among theirs
        assertThat(as(graduate, () -> equivalence.mine())).extracting(EquivalenceConfirmation::requestNumber)
                .containsExactly(c.requestNumber());
        assertThat(as(office, () -> equivalence.page(graduate.idNumber(), 0, 10))).extracting(EquivalenceConfirmation::requestNumber)
                .containsExactly(c.requestNumber());
        assertThat(as(office, () -> equivalence.count(c.requestNumber()))).isEqualTo(1);
        assertThat(as(office, () -> equivalence.pdf(c.requestNumber()))).startsWith("%PDF".getBytes());
    }

    @Test
    void anExamOfficeRequestNamesTheFieldsThatAreWrong() {
        AccountView office = newAccount("qexambad", Role.EXAM_OFFICE);

        assertThat(problemsOf(() -> as(office, () -> equivalence.requestFor("", null)))).extracting(FieldProblem::field,
                FieldProblem::messageKey).containsExactly(org.assertj.core.groups.Tuple.tuple("idNumber", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("examField", "validation.required"));
        String fresh = freshIdNumber();
        String wrongCheck = fresh.substring(0, 17) + (fresh.endsWith("1") ? "2" : "1");
        assertThat(problemsOf(() -> as(office, () -> equivalence.requestFor(wrongCheck, ExamField.AUDIT))))
                .extracting(FieldProblem::messageKey).containsExactly("validation.idNumber");
        assertThat(problemsOf(() -> as(office, () -> equivalence.requestFor(freshIdNumber(), ExamField.AUDIT))))
                .extracting(FieldProblem::messageKey).containsExactly("equivalence.validation.noSuchPerson");
        assertThat(problemsOf(() -> as(graduate("qnull", TechnicalSchoolClass.SENIOR_WORKER_CLASS),
                () -> equivalence.requestForMyself(null)))).extracting(FieldProblem::field).containsExactly("examField");
    }

    @Test
    void anApplicantSeesOnlyTheirOwnRequestsAndPdfs() {
        AccountView mine = graduate("qmine", TechnicalSchoolClass.SENIOR_WORKER_CLASS);
        AccountView theirs = graduate("qtheirs", TechnicalSchoolClass.SENIOR_WORKER_CLASS);
        EquivalenceConfirmation their = asks(theirs, ExamField.ACCOUNTING);

        assertThat(as(mine, () -> equivalence.mine())).isEmpty();
        assertThat(as(mine, () -> equivalence.find(their.requestNumber()))).isEmpty();
        assertThatThrownBy(() -> as(mine, () -> equivalence.pdf(their.requestNumber()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(theirs, () -> equivalence.pdf(their.requestNumber()))).startsWith("%PDF".getBytes());
    }

    @Test
    void onlyApplicantsAskForThemselvesAndOnlyExamOfficesForOthers() {
        AccountView applicant = graduate("qrole", TechnicalSchoolClass.SENIOR_WORKER_CLASS);
        AccountView reviewer = newAccount("qrolerev", Role.REVIEWER);
        AccountView office = newAccount("qroleexam", Role.EXAM_OFFICE);

        assertThatThrownBy(() -> as(applicant, () -> equivalence.requestFor(applicant.idNumber(), ExamField.AUDIT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(applicant, () -> equivalence.page(null, 0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(office, () -> equivalence.requestForMyself(ExamField.AUDIT))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(reviewer, () -> equivalence.requestFor(applicant.idNumber(), ExamField.AUDIT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(reviewer, () -> equivalence.mine())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> equivalence.requestForMyself(ExamField.AUDIT)).isInstanceOf(Exception.class);
    }
}
