package org.talentbridge.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.certificate.CertificateKind;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.CertificateStatus;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.certificate.Verification;
import org.talentbridge.integrity.IntegrityFile;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.publication.ObjectionRequest;
import org.talentbridge.publication.Objections;
import org.talentbridge.publication.PublicationClock;
import org.talentbridge.publication.PublicationService;
import org.talentbridge.publication.PublicityView;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.db.Superuser;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Integrity investigations on the real engine and database (issue 6): opened by an objection during publicity or by a
 * report, investigated with a statement and its deadline, closed unfounded (the paused case resumes) or confirmed with
 * four eyes — and then everything at once: titles void, running cases stopped, the integrity file written, the staff
 * listed, the person blocked until the entry ends. A failure in the middle leaves nothing done.
 */
class InvestigationLifecycleTest extends IntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    private org.springframework.context.ApplicationContext context;
    @Autowired
    private InvestigationService investigations;
    @Autowired
    private Accountability accountability;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private PublicationService publication;
    @Autowired
    private Objections objections;
    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private CertificateService certificates;
    @Autowired
    private IntegrityFile integrityFile;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private HistoryService history;
    @Autowired
    private ManagementService management;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        PublicationClock.system(publication);
        Superuser.execute(context, "drop trigger if exists test_fail_entry on tb.integrity_entry");
    }

    private RoundView round(LocalDate referenceDate) {
        LocalDate today = LocalDate.now();
        return rounds.createAs(new RoundRequest(referenceDate.getYear(), "调查测试批次" + SEQ.incrementAndGet() + "-" + System.nanoTime(),
                catalog.seriesNames(), referenceDate, today.minusDays(1), today.plusDays(365), 10, 5), "admin");
    }

    private String caseInPublicity(AccountView applicant, RoundView round) {
        String number = as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE,
                true, round.id())).caseNumber());
        passedToPublicity(number);
        SecurityContextHolder.clearContext();
        return number;
    }

    private PublicityView published(RoundView round, String number) {
        return as(accounts.findByUsername("secretary").orElseThrow(), () -> publication.publish(round.id(), List.of(number)));
    }

    /** A member of the public objects on the period's first day. */
    private long objection(PublicityView publicity) {
        PublicationClock.at(publication, publicity.periodStart().atTime(10, 0));
        SecurityContextHolder.clearContext();
        long id = objections.lodge(publicity.entries().get(0).id(),
                new ObjectionRequest("张举报", null, "13900001111", null, "工作年限系伪造"), List.of(),
                "10.66." + SEQ.incrementAndGet() + ".1");
        PublicationClock.system(publication);
        return id;
    }

    private String investigationOf(String caseNumber) {
        return jdbc.queryForObject("""
                select i.number from tb.investigation i join tb.investigation_subject s on s.investigation_id = i.id
                where s.case_number = ? order by i.id desc limit 1""", String.class, caseNumber);
    }

    private ProcessInstance instance(String businessKey) {
        BpmnAwareTests.init(engine);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    private CaseStatus status(AccountView applicant, String number) {
        return as(applicant, () -> cases.details(number).orElseThrow().summary().status());
    }

    private AccountView officer() {
        return accounts.findByUsername("integrity").orElseThrow();
    }

    private String grantedCase(AccountView applicant) {
        String number = caseInPublicity(applicant, round(LocalDate.of(LocalDate.now().getYear(), 12, 31)));
        as(accounts.findByUsername("secretary").orElseThrow(), () -> cases.publicityEnded(number, true));
        return number;
    }

    @Test
    void anObjectionOpensAnInvestigation_unfoundedItAnswersTheObjectionAndThePausedCaseResumes() {
        AccountView applicant = eligibleWelder("invok");
        RoundView round = round(LocalDate.of(LocalDate.now().getYear(), 12, 31));
        String number = caseInPublicity(applicant, round);
        PublicityView publicity = published(round, number);
        long objectionId = objection(publicity);

        String investigation = investigationOf(number);
        BpmnAwareTests.assertThat(instance(investigation)).isWaitingAt(InvestigationProcess.TASK_INVESTIGATE);
        assertThat(as(officer(), () -> publication.entries(publicity.id())).get(0).paused()).isTrue();
        InvestigationDetail opened = as(officer(), () -> investigations.detail(investigation));
        assertThat(opened.source()).isEqualTo(InvestigationSource.OBJECTION);
        assertThat(opened.allegation()).isEqualTo("工作年限系伪造");
        assertThat(opened.subjects()).extracting(InvestigationDetail.Subject::objectionId).containsExactly(objectionId);
        assertThat(opened.personIdMasked()).doesNotContain(applicant.idNumber().substring(6, 14));

        ProcessInstance process = instance(investigation);
        as(officer(), () -> {
            investigations.closeUnfounded(investigation, "经核实社保记录，工作年限属实");
            return null;
        });

        BpmnAwareTests.assertThat(process).hasPassedInOrder(InvestigationProcess.START, InvestigationProcess.TASK_INVESTIGATE,
                InvestigationProcess.TASK_CLOSE_UNFOUNDED, InvestigationProcess.END_UNFOUNDED).isEnded();
        assertThat(as(officer(), () -> investigations.detail(investigation)).status()).isEqualTo(InvestigationStatus.UNFOUNDED);
        assertThat(as(officer(), () -> objections.find(objectionId)).orElseThrow().status().name())
                .isEqualTo("ANSWERED_UNFOUNDED");
        // resumed where it stopped: still in publicity, no longer paused, waiting for the end of the period
        assertThat(as(officer(), () -> publication.entries(publicity.id())).get(0).paused()).isFalse();
        assertThat(status(applicant, number)).isEqualTo(CaseStatus.PUBLICITY);
        BpmnAwareTests.assertThat(instance(number)).isWaitingAt(TitleApplicationProcess.TASK_PUBLICITY);
    }

    @Test
    void aConfirmedFindingNeedsASecondOfficer_thenStopsTheCaseWritesTheFileAndBlocksThePersonUntilTheEntryEnds() {
        AccountView applicant = eligibleWelder("invbad");
        RoundView round = round(LocalDate.of(LocalDate.now().getYear(), 12, 31));
        String number = caseInPublicity(applicant, round);
        long objectionId = objection(published(round, number));
        String investigation = investigationOf(number);
        ProcessInstance process = instance(investigation);
        ProcessInstance titleProcess = instance(number);
        AccountView second = newAccount("invoff", Role.INTEGRITY_OFFICER);
        LocalDate until = LocalDate.of(LocalDate.now().getYear() + 1, 6, 30); // the next round's reference dates: until, until + 1
        as(applicant, () -> { // next year's rounds count this year's assessment too
            profiles.addAssessment(new org.talentbridge.applicant.AssessmentInput(LocalDate.now().getYear(),
                    org.talentbridge.shared.policy.AssessmentResult.EXCELLENT));
            return null;
        });

        as(officer(), () -> {
            investigations.proposeFinding(investigation, IntegrityFinding.FRAUD, "伪造工作经历证明", until);
            return null;
        });
        BpmnAwareTests.assertThat(process).isWaitingAt(InvestigationProcess.TASK_APPROVE_FINDING);
        // four eyes: the proposer can neither take nor approve the approval
        assertThat(problemsOf(() -> as(officer(), () -> {
            investigations.approve(investigation, "同意认定");
            return null;
        }))).extracting(p -> p.field()).containsExactly("approver");
        assertThat(problemsOf(() -> as(officer(), () -> {
            investigations.claim(investigation);
            return null;
        }))).extracting(p -> p.field()).containsExactly("approver");
        assertThat(as(officer(), () -> investigations.detail(investigation)).mayApprove()).isFalse();
        assertThat(status(applicant, number)).isEqualTo(CaseStatus.PUBLICITY); // nothing happened yet

        as(second, () -> {
            investigations.approve(investigation, "经复核，同意认定为弄虚作假");
            return null;
        });

        BpmnAwareTests.assertThat(process).hasPassedInOrder(InvestigationProcess.TASK_INVESTIGATE,
                InvestigationProcess.TASK_APPROVE_FINDING, InvestigationProcess.TASK_APPLY_FINDING,
                InvestigationProcess.END_CONFIRMED).isEnded();
        InvestigationDetail done = as(officer(), () -> investigations.detail(investigation));
        assertThat(done.status()).isEqualTo(InvestigationStatus.CONFIRMED);
        assertThat(done.decidedBy()).isEqualTo(second.username());
        assertThat(done.integrityEntryId()).isNotNull();
        // the running case is stopped by message and marked
        assertThat(status(applicant, number)).isEqualTo(CaseStatus.STOPPED);
        BpmnAwareTests.assertThat(titleProcess).hasPassed(TitleApplicationProcess.END_STOPPED)
                .hasNotPassed(TitleApplicationProcess.TASK_GRANT).isEnded();
        assertThat(as(officer(), () -> objections.find(objectionId)).orElseThrow().status().name())
                .isEqualTo("ANSWERED_SUSTAINED");
        // the integrity file: the finding, the decision, who proposed and who approved, in force until the date given
        var entry = jdbc.queryForMap("select * from tb.integrity_entry where id = ?", done.integrityEntryId());
        assertThat(entry).containsEntry("finding", "FRAUD").containsEntry("recorded_by", second.username())
                .containsEntry("proposed_by", "integrity").containsEntry("decision", "经复核，同意认定为弄虚作假");
        assertThat(integrityFile.hasActiveEntry(applicant.idNumber(), until)).isTrue();
        assertThat(integrityFile.hasActiveEntry(applicant.idNumber(), until.plusDays(1))).isFalse();
        // the staff who handled the case are listed for follow-up: the employer's reviewer, the reviewer, the secretary
        List<AccountabilityRow> listed = as(officer(), () -> accountability.page(false, 0, 1000)).stream()
                .filter(a -> a.investigationNumber().equals(investigation)).toList();
        assertThat(listed).extracting(AccountabilityRow::username).contains("reviewer", "secretary")
                .doesNotContain(applicant.username());
        assertThat(listed).allSatisfy(a -> assertThat(a.caseNumber()).isEqualTo(number));
        assertThat(listed).extracting(AccountabilityRow::username).doesNotContain(second.username()); // the approver acted now
        // the record is final: the closed investigation and the list cannot be rewritten behind the service's back
        assertThatThrownBy(() -> jdbc.update("update tb.investigation set outcome = 'x' where number = ?", investigation))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from tb.accountability_item where case_number = ?", number))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);

        // the next round: refused while the entry is in force (reference date = its last day), eligible the day after
        RoundView during = round(until);
        String refused = as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术",
                TitleLevel.INTERMEDIATE, true, during.id())).caseNumber());
        assertThat(status(applicant, refused)).isEqualTo(CaseStatus.REJECTED);
        // the applicant reads that the integrity requirement is not met (rule T1), never the entry's details
        assertThat(as(applicant, () -> cases.details(refused)).orElseThrow().screening().orElseThrow().result().checks())
                .filteredOn(c -> c.messageKey().startsWith("screening.T1.integrity"))
                .extracting(c -> c.rule() + " " + c.messageKey() + " " + c.arguments())
                .containsExactly("T1 screening.T1.integrity.notMet []");
        RoundView after = round(until.plusDays(1));
        String accepted = as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术",
                TitleLevel.INTERMEDIATE, true, after.id())).caseNumber());
        assertThat(status(applicant, accepted)).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
    }

    /** An integrity officer reports from outside information: the person and a case they were granted. */
    private String officerReport(AccountView person, String caseNumber) {
        return as(officer(), () -> investigations.report(new ReportRequest(person.idNumber(), person.displayName(),
                List.of(caseNumber), List.of(), "纪检部门转来线索：评审中存在暗箱操作")));
    }

    private void proposeAndApprove(String investigation, AccountView second) {
        as(officer(), () -> {
            investigations.proposeFinding(investigation, IntegrityFinding.BACK_ROOM_OPERATION, "评审过程中存在暗箱操作", null);
            return null;
        });
        as(second, () -> {
            investigations.approve(investigation, "同意认定");
            return null;
        });
    }

    @Test
    void aConfirmedFindingVoidsTheTitleItsCaseGranted_theCertificateFailsVerificationAndTheTitleNoLongerCounts() {
        AccountView applicant = eligibleWelder("invvoid");
        String number = grantedCase(applicant);
        CertificateView certificate = certificates.findByCase(CertificateKind.TITLE, number).orElseThrow();
        assertThat(certificates.verify(certificate.verificationCode()).result()).isEqualTo(Verification.Result.VALID);
        assertThat(as(applicant, () -> profiles.myProfile()).titles()).hasSize(1);
        String investigation = officerReport(applicant, number);
        assertThat(as(officer(), () -> investigations.detail(investigation)).source()).isEqualTo(InvestigationSource.OFFICER_REPORT);

        proposeAndApprove(investigation, newAccount("invoff", Role.INTEGRITY_OFFICER));

        assertThat(certificates.findByCase(CertificateKind.TITLE, number).orElseThrow().status()).isEqualTo(CertificateStatus.VOID);
        assertThat(certificates.verify(certificate.verificationCode()).result()).isEqualTo(Verification.Result.VOID);
        assertThat(as(applicant, () -> profiles.myProfile()).titles()).isEmpty(); // void: no longer evidence
        assertThat(integrityFile.hasActiveEntry(applicant.idNumber(), LocalDate.now().plusYears(3))).isTrue(); // default 3 years
        assertThat(integrityFile.hasActiveEntry(applicant.idNumber(), LocalDate.now().plusYears(3).plusDays(1))).isFalse();
    }

    @Test
    void aFailureInTheMiddleOfTheConsequencesLeavesNothingDone() {
        AccountView applicant = eligibleWelder("invfail");
        String number = grantedCase(applicant);
        String investigation = officerReport(applicant, number);
        AccountView second = newAccount("invoff", Role.INTEGRITY_OFFICER);
        as(officer(), () -> {
            investigations.proposeFinding(investigation, IntegrityFinding.FRAUD, "伪造证书", null);
            return null;
        });
        // the integrity file refuses this person's entry: written after the certificate is voided, before the list
        // (as the database's superuser: the application's role may not touch the integrity file's triggers)
        Superuser.execute(context, "create or replace function tb.test_fail_entry() returns trigger language plpgsql as $$ begin "
                + "raise exception 'injected failure'; end; $$",
                "create trigger test_fail_entry before insert on tb.integrity_entry for each row when (new.id_number = '"
                + applicant.idNumber() + "') execute function tb.test_fail_entry()");

        assertThatThrownBy(() -> as(second, () -> {
            investigations.approve(investigation, "同意认定");
            return null;
        })).hasStackTraceContaining("injected failure");

        assertThat(certificates.findByCase(CertificateKind.TITLE, number).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
        assertThat(as(applicant, () -> profiles.myProfile()).titles()).hasSize(1);
        assertThat(integrityFile.hasActiveEntry(applicant.idNumber(), LocalDate.now())).isFalse();
        InvestigationDetail detail = as(officer(), () -> investigations.detail(investigation));
        assertThat(detail.status()).isEqualTo(InvestigationStatus.AWAITING_APPROVAL);
        assertThat(detail.taskKey()).isEqualTo(InvestigationProcess.TASK_APPROVE_FINDING);
        assertThat(detail.notes()).extracting(InvestigationDetail.Note::kind).doesNotContain("DECISION");
        assertThat(as(officer(), () -> accountability.page(false, 0, 1000)))
                .noneMatch(a -> a.investigationNumber().equals(investigation));

        Superuser.execute(context, "drop trigger test_fail_entry on tb.integrity_entry");
        as(second, () -> {
            investigations.approve(investigation, "同意认定");
            return null;
        });
        assertThat(certificates.findByCase(CertificateKind.TITLE, number).orElseThrow().status()).isEqualTo(CertificateStatus.VOID);
    }

    @Test
    void aRefusedFindingGoesBackToTheInvestigation() {
        AccountView applicant = eligibleWelder("invref");
        String number = grantedCase(applicant);
        String investigation = officerReport(applicant, number);
        as(officer(), () -> {
            investigations.proposeFinding(investigation, IntegrityFinding.FRAUD, "伪造证书", null);
            return null;
        });
        AccountView second = newAccount("invoff", Role.INTEGRITY_OFFICER);
        assertThat(problemsOf(() -> as(second, () -> {
            investigations.refuseFinding(investigation, " ");
            return null;
        }))).extracting(p -> p.field()).containsExactly("reason");

        as(second, () -> {
            investigations.refuseFinding(investigation, "证据不足，请补充原件核查记录");
            return null;
        });

        BpmnAwareTests.assertThat(instance(investigation)).isWaitingAt(InvestigationProcess.TASK_INVESTIGATE);
        assertThat(as(officer(), () -> investigations.detail(investigation)).status()).isEqualTo(InvestigationStatus.INVESTIGATING);
        assertThat(certificates.findByCase(CertificateKind.TITLE, number).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void thePersonAnswersAStatementRequest_orTheDeadlinePassesAndTheOfficersGoOn() {
        AccountView applicant = eligibleWelder("invstm");
        String number = grantedCase(applicant);
        String investigation = officerReport(applicant, number);
        ProcessInstance process = instance(investigation);
        assertThat(problemsOf(() -> as(officer(), () -> {
            investigations.requestStatement(investigation, "请说明证书来源", LocalDate.now().plusDays(2)); // too soon
            return null;
        }))).extracting(p -> p.field()).containsExactly("due");

        as(officer(), () -> {
            investigations.requestStatement(investigation, "请说明证书来源", LocalDate.now().plusDays(10));
            return null;
        });
        BpmnAwareTests.assertThat(process).isWaitingAt(InvestigationProcess.TASK_STATEMENT);
        BpmnAwareTests.assertThat(BpmnAwareTests.task(process)).isAssignedTo(applicant.username());
        assertThat(as(applicant, () -> investigations.myStatementRequests())).singleElement()
                .satisfies(r -> assertThat(r.question()).isEqualTo("请说明证书来源"));
        AccountView stranger = eligibleWelder("invstr");
        assertThat(as(stranger, () -> investigations.myStatementRequests())).isEmpty();
        assertThat(problemsOf(() -> as(stranger, () -> {
            investigations.submitStatement(investigation, "不是我");
            return null;
        }))).extracting(p -> p.field()).containsExactly("number");

        as(applicant, () -> {
            investigations.submitStatement(investigation, "证书由鉴定中心颁发，附原件照片");
            return null;
        });
        BpmnAwareTests.assertThat(process).isWaitingAt(InvestigationProcess.TASK_INVESTIGATE);
        assertThat(as(officer(), () -> investigations.detail(investigation)).notes())
                .anySatisfy(n -> assertThat(n.kind() + " " + n.author()).isEqualTo("STATEMENT " + applicant.username()));

        // a second request: nobody answers; the deadline's timer fires
        as(officer(), () -> {
            investigations.requestStatement(investigation, "请补充说明", LocalDate.now().plusDays(5));
            return null;
        });
        Job timer = management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isAfter(java.sql.Timestamp.valueOf(LocalDate.now().plusDays(5).atStartOfDay()));
        management.executeJob(timer.getId());
        BpmnAwareTests.assertThat(process).isWaitingAt(InvestigationProcess.TASK_INVESTIGATE)
                .hasPassed(InvestigationProcess.BOUNDARY_STATEMENT_DEADLINE);
        InvestigationDetail detail = as(officer(), () -> investigations.detail(investigation));
        assertThat(detail.status()).isEqualTo(InvestigationStatus.INVESTIGATING);
        assertThat(detail.notes()).extracting(InvestigationDetail.Note::kind).contains("STATEMENT_MISSED");
        assertThat(as(applicant, () -> investigations.myStatementRequests())).isEmpty();
    }

    @Test
    void evidenceFilesAreCheckedByContentAndSize() {
        AccountView applicant = eligibleWelder("invfile");
        String number = grantedCase(applicant);
        String investigation = officerReport(applicant, number);
        byte[] pdf = "%PDF-1.4 evidence".getBytes();
        assertThat(problemsOf(() -> as(officer(), () -> {
            investigations.addFiles(investigation, List.of(new EvidenceFile("note.pdf", "application/pdf", "hello".getBytes())));
            return null;
        }))).extracting(p -> p.field() + " " + p.messageKey()).containsExactly("files validation.evidenceType");
        assertThat(problemsOf(() -> as(officer(), () -> {
            investigations.addFiles(investigation, List.of(new EvidenceFile("big.pdf", "application/pdf",
                    java.util.Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1))));
            return null;
        }))).extracting(p -> p.field() + " " + p.messageKey()).containsExactly("files validation.evidenceTooLarge");

        as(officer(), () -> {
            investigations.addFiles(investigation, List.of(new EvidenceFile("原件.pdf", "application/pdf", pdf)));
            investigations.addNote(investigation, "已调取鉴定中心存档");
            return null;
        });
        InvestigationDetail detail = as(officer(), () -> investigations.detail(investigation));
        assertThat(detail.files()).singleElement().satisfies(f -> assertThat(f.fileName() + " " + f.sizeBytes())
                .isEqualTo("原件.pdf " + pdf.length));
        assertThat(as(officer(), () -> investigations.file(detail.files().get(0).id())).content()).isEqualTo(pdf);
        assertThat(detail.notes()).extracting(InvestigationDetail.Note::text).contains("已调取鉴定中心存档");
        // a file the browser sent without a name is kept all the same, under a name of its own (it was a 500)
        as(officer(), () -> {
            investigations.addFiles(investigation, List.of(new EvidenceFile(null, null, pdf)));
            return null;
        });
        assertThat(as(officer(), () -> investigations.detail(investigation)).files()).extracting(f -> f.fileName())
                .containsExactly("原件.pdf", EvidenceFile.UNNAMED);
    }

    @Test
    void onlyIntegrityOfficersInvestigate_administratorsRead_staffReport_applicantsAnswerOnlyTheirOwnRequests() {
        AccountView applicant = eligibleWelder("invrole");
        String number = grantedCase(applicant);
        String investigation = officerReport(applicant, number);
        AccountView reviewer = accounts.findByUsername("reviewer").orElseThrow();
        for (AccountView outsider : List.of(reviewer, applicant)) {
            assertThatThrownBy(() -> as(outsider, () -> investigations.page(true, 0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> investigations.detail(investigation))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> investigations.personHistory(applicant.idNumber())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> accountability.page(false, 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        AccountView admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(as(admin, () -> investigations.detail(investigation)).number()).isEqualTo(investigation);
        assertThatThrownBy(() -> as(admin, () -> {
            investigations.addNote(investigation, "管理员不能办理");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(applicant, () -> investigations.report(new ReportRequest(applicant.idNumber(), "x",
                List.of(), List.of(), "y")))).isInstanceOf(AccessDeniedException.class);

        // a reviewer reports: a staff report; a case that is not the person's is refused on its field
        AccountView other = eligibleWelder("invoth");
        assertThat(problemsOf(() -> as(reviewer, () -> investigations.report(new ReportRequest(other.idNumber(),
                other.displayName(), List.of(number), List.of(), "材料雷同"))))).extracting(p -> p.field())
                .containsExactly("caseNumbers");
        String reported = as(reviewer, () -> investigations.report(new ReportRequest(applicant.idNumber(), applicant.displayName(),
                List.of(number), List.of(), "材料雷同")));
        assertThat(as(officer(), () -> investigations.detail(reported)).source()).isEqualTo(InvestigationSource.STAFF_REPORT);
        PersonHistory person = as(officer(), () -> investigations.personHistory(applicant.idNumber()));
        assertThat(person.cases()).extracting(PersonHistory.CaseLine::caseNumber).contains(number);
        assertThat(person.investigations()).extracting(InvestigationRow::number).contains(investigation, reported);
    }

    @Test
    void twoOfficersCannotHoldOneInvestigation_andItsRecordCannotBeChangedBehindItsBack() {
        AccountView applicant = eligibleWelder("invcon");
        String number = grantedCase(applicant);
        String investigation = officerReport(applicant, number);
        AccountView second = newAccount("invoff", Role.INTEGRITY_OFFICER);
        as(officer(), () -> {
            investigations.claim(investigation);
            investigations.addNote(investigation, "已立案");
            return null;
        });

        assertThat(problemsOf(() -> as(second, () -> {
            investigations.claim(investigation);
            return null;
        }))).extracting(p -> p.field() + " " + p.arguments()).containsExactly("task [integrity]");
        assertThat(problemsOf(() -> as(second, () -> {
            investigations.closeUnfounded(investigation, "不成立");
            return null;
        }))).extracting(p -> p.field()).containsExactly("task");

        long id = as(officer(), () -> investigations.detail(investigation)).id();
        assertThatThrownBy(() -> jdbc.update("update tb.investigation_note set text = 'x' where investigation_id = ?", id))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from tb.investigation_note where investigation_id = ?", id))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(as(officer(), () -> investigations.detail(investigation)).notes()).extracting(InvestigationDetail.Note::text)
                .containsExactly("已立案");
    }

    @Test
    void noOneCompletesAnInvestigationTaskBehindTheServicesBack_notEvenAnAdministratorInTasklist() {
        AccountView applicant = eligibleWelder("invbyp");
        String number = grantedCase(applicant);
        String investigation = officerReport(applicant, number);
        as(officer(), () -> {
            investigations.proposeFinding(investigation, IntegrityFinding.FRAUD, "伪造证书", null);
            return null;
        });
        org.camunda.bpm.engine.TaskService engineTasks = engine.getTaskService();
        String approval = engineTasks.createTaskQuery().processInstanceBusinessKey(investigation).singleResult().getId();

        assertThatThrownBy(() -> as(accounts.findByUsername("admin").orElseThrow(), () -> {
            engineTasks.complete(approval, java.util.Map.of(InvestigationProcess.VAR_APPROVAL, InvestigationProcess.APPROVE));
            return null;
        })).isInstanceOf(org.talentbridge.shared.engine.EngineRefusal.class);

        BpmnAwareTests.assertThat(instance(investigation)).isWaitingAt(InvestigationProcess.TASK_APPROVE_FINDING);
        assertThat(certificates.findByCase(CertificateKind.TITLE, number).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
        assertThat(integrityFile.hasActiveEntry(applicant.idNumber(), LocalDate.now())).isFalse();
    }

    @Test
    void theStatementDeadlineIsThreeToSixtyDaysAway_andAProposedEndDateMustBeAfterToday() {
        AccountView applicant = eligibleWelder("invbnd");
        String number = grantedCase(applicant);
        String investigation = officerReport(applicant, number);
        LocalDate today = LocalDate.now();
        for (LocalDate refused : List.of(today.plusDays(2), today.plusDays(61))) {
            assertThat(problemsOf(() -> as(officer(), () -> {
                investigations.requestStatement(investigation, "请说明", refused);
                return null;
            }))).extracting(p -> p.field()).containsExactly("due");
        }
        as(officer(), () -> { // the last day allowed; then the person answers, and the first day allowed
            investigations.requestStatement(investigation, "请说明", today.plusDays(60));
            return null;
        });
        as(applicant, () -> {
            investigations.submitStatement(investigation, "已说明");
            return null;
        });
        as(officer(), () -> {
            investigations.requestStatement(investigation, "请补充", today.plusDays(3));
            return null;
        });
        as(applicant, () -> {
            investigations.submitStatement(investigation, "已补充");
            return null;
        });

        assertThat(problemsOf(() -> as(officer(), () -> {
            investigations.proposeFinding(investigation, IntegrityFinding.FRAUD, "伪造", today); // today: not after today
            return null;
        }))).extracting(p -> p.field()).containsExactly("activeUntil");
        as(officer(), () -> {
            investigations.proposeFinding(investigation, IntegrityFinding.FRAUD, "伪造", today.plusDays(1));
            return null;
        });
        assertThat(as(officer(), () -> investigations.detail(investigation)).proposedUntil()).isEqualTo(today.plusDays(1));
    }
}
