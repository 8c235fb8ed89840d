package org.talentbridge.publication;

import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.evidence.EvidenceTypesTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseFacts;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

/**
 * Publicity and objections through {@link PublicationService}, on fixed dates of the configured 2026 calendar: published
 * on Thursday 24 September, the period skips the Mid-Autumn holiday (Friday 25), the weekend and the National Day
 * holidays (1, 2, 5–7 October) and runs from Monday 28 September to Friday 9 October; Saturday 10 October is a
 * made-up working day (调休) — and after the period.
 */
@RecordApplicationEvents
class PublicationServiceTest extends IntegrationTest {

    static final LocalDateTime PUBLISHED = LocalDateTime.of(2026, 9, 24, 10, 0);
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 28);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 9);
    private static final AtomicInteger SEQ = new AtomicInteger();
    @Autowired
    private ManagementService management;
    @Autowired
    private RuntimeService runtime;

    @Autowired
    private PublicationService publication;
    @Autowired
    private Objections objections;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RoundService rounds;
    @Autowired
    private AuditLog audit;
    @Autowired
    private ApplicationEvents events;

    /** A publicity of fresh cases (running cases of a new round), published by the secretary at {@code when}. */
    record Published(PublicityView publicity, List<String> caseNumbers) {
        long entry(int i) {
            return publicity.entries().get(i).id();
        }
    }

    static ObjectionRequest objection() {
        return new ObjectionRequest("张异议", null, "13900001111", null, "工作年限与实际不符");
    }

    static String address() {
        return "10.77." + SEQ.incrementAndGet() + ".1";
    }

    @AfterEach
    void systemClock() {
        publication.useClock(Clock.systemDefaultZone());
    }

    private void at(LocalDateTime time) {
        publication.useClock(Clock.fixed(time.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    private long freshRound() {
        LocalDate today = LocalDate.now();
        return rounds.createAs(new RoundRequest(today.getYear(), "公示测试批次" + SEQ.incrementAndGet() + "-" + System.nanoTime(),
                List.of("工程技术"), LocalDate.of(today.getYear(), 12, 31), today.minusDays(10), today.plusDays(10), 10, 5),
                "admin").id();
    }

    private String caseIn(long roundId) {
        eligibleWelder("pubapp");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true, roundId)).caseNumber();
        passedToPublicity(number); // through employer, reviewer and the panel's vote: now it may be published
        SecurityContextHolder.clearContext();
        return number;
    }

    private AccountView secretary() {
        return accounts.findByUsername("secretary").orElseThrow();
    }

    private AccountView officer() {
        return accounts.findByUsername("integrity").orElseThrow();
    }

    private Published publish(int caseCount, LocalDateTime when, Integer workingDays) {
        long round = freshRound();
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < caseCount; i++) {
            numbers.add(caseIn(round));
        }
        at(when);
        PublicityView view = as(secretary(), () -> publication.publish(round, numbers, workingDays));
        return new Published(view, numbers);
    }

    private long lodge(long entryId, LocalDateTime when) {
        at(when);
        SecurityContextHolder.clearContext();
        return objections.lodge(entryId, objection(), List.of(), address());
    }

    private PublishedEntry entryState(Published p, int i) {
        return as(officer(), () -> publication.entries(p.publicity().id())).get(i);
    }

    @Test
    void thePeriodRunsFiveWorkingDaysFromTheNextWorkingDayAcrossAHolidayAndTheWeekends() {
        Published p = publish(1, PUBLISHED, null);
        assertThat(p.publicity().periodStart()).isEqualTo(FIRST_DAY);
        assertThat(p.publicity().periodEnd()).isEqualTo(LAST_DAY);
        assertThat(p.publicity().workingDays()).isEqualTo(5);
        PublicEntry entry = p.publicity().entries().get(0);
        assertThat(entry.maskedName()).matches("测\\*+");
        assertThat(entry.employerName()).isEqualTo(SHIPYARD);
        assertThat(entry.series()).isEqualTo("工程技术");
        assertThat(entry.level()).isEqualTo(TitleLevel.INTERMEDIATE);
        assertThat(entry.route()).isEqualTo("STANDARD");
    }

    @Test
    void theSecretaryMaySetAnotherPeriodForTheRound() {
        // published on Friday 6 November: 3 working days from Monday 9 to Wednesday 11 November
        Published p = publish(1, LocalDateTime.of(2026, 11, 6, 16, 0), 3);
        assertThat(p.publicity().periodStart()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(p.publicity().periodEnd()).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(p.publicity().workingDays()).isEqualTo(3);
    }

    @Test
    void anObjectionOnTheLastDayJustBeforeMidnightIsTakenPausesTheCaseAndIsDueTenWorkingDaysLater() {
        Published p = publish(2, PUBLISHED, null);
        long id = lodge(p.entry(0), LAST_DAY.atTime(23, 59, 59));

        // 10 working days after Friday 9 October: the working Saturday 10 October counts, so Thursday 22 October
        ObjectionView o = as(officer(), () -> objections.find(id)).orElseThrow();
        assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 10, 22));
        assertThat(o.status()).isEqualTo(ObjectionStatus.OPEN);
        assertThat(o.caseNumber()).isEqualTo(p.caseNumbers().get(0));
        assertThat(entryState(p, 0).paused()).isTrue();
        assertThat(entryState(p, 1).paused()).as("only the objected case pauses").isFalse();
        assertThat(events.stream(ObjectionLodged.class)).contains(new ObjectionLodged(p.caseNumbers().get(0), id));
        assertThat(audit.history("case:" + p.caseNumbers().get(0))).extracting(AuditEvent::getAction).contains("objection.lodged");
    }

    @Test
    void anObjectionOnTheFirstDayIsTaken() {
        Published p = publish(1, PUBLISHED, null);
        assertThat(lodge(p.entry(0), FIRST_DAY.atStartOfDay())).isPositive();
    }

    @Test
    void anObjectionTheDayAfterThePeriodIsRefusedEvenOnAWorkingSaturday() {
        Published p = publish(1, PUBLISHED, null);
        assertThat(problemsOf(() -> lodge(p.entry(0), LocalDateTime.of(2026, 10, 10, 0, 0))))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("period");
                    assertThat(problem.messageKey()).isEqualTo("validation.publicityEnded");
                    assertThat(problem.arguments()).containsExactly("2026-10-09");
                });
        assertThat(entryState(p, 0).paused()).isFalse();
    }

    @Test
    void anObjectionBeforeThePeriodStartsIsRefusedOnThePublishingDayAndTheHoliday() {
        Published p = publish(1, PUBLISHED, null);
        for (LocalDateTime early : List.of(PUBLISHED.plusHours(1), LocalDateTime.of(2026, 9, 25, 12, 0),
                LocalDateTime.of(2026, 9, 27, 23, 59, 59))) {
            assertThat(problemsOf(() -> lodge(p.entry(0), early))).extracting(FieldProblem::messageKey)
                    .as(early.toString()).containsExactly("validation.publicityNotStarted");
        }
    }

    @Test
    void theOfficerSeesOpenObjectionsSoonestDueFirstAndOverdueOnesFlagged() {
        Published p = publish(2, PUBLISHED, null);
        long late = lodge(p.entry(0), LAST_DAY.atTime(9, 0));
        long early = lodge(p.entry(1), FIRST_DAY.atTime(9, 0));

        at(LocalDateTime.of(2026, 10, 22, 18, 0));
        List<ObjectionView> open = as(officer(), () -> objections.open());
        assertThat(open).extracting(ObjectionView::id).containsSubsequence(early, late);
        assertThat(open).filteredOn(o -> o.id() == late).singleElement()
                .satisfies(o -> assertThat(o.overdue()).as("due today").isFalse());
        assertThat(open).filteredOn(o -> o.id() == early).singleElement()
                .satisfies(o -> assertThat(o.overdue()).isTrue());

        at(LocalDateTime.of(2026, 10, 23, 0, 0));
        assertThat(as(officer(), () -> objections.open())).filteredOn(o -> o.id() == late).singleElement()
                .satisfies(o -> assertThat(o.overdue()).isTrue());
    }

    @Test
    void evidenceBeyondTheLimitsIsRefusedNamingTheFileAndNothingIsStored() {
        Published p = publish(1, PUBLISHED, null);
        at(FIRST_DAY.atTime(10, 0));
        SecurityContextHolder.clearContext();
        byte[] tooBig = EvidenceTypesTest.pdf(5 * 1024 * 1024 + 1);
        List<FieldProblem> problems = problemsOf(() -> objections.lodge(p.entry(0), objection(), List.of(
                new EvidenceFile("big.pdf", "application/pdf", tooBig),
                new EvidenceFile("virus.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes())), address()));
        assertThat(problems).extracting(FieldProblem::field).containsOnly("files");
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("validation.evidenceTooLarge", "validation.evidenceType");
        assertThat(problemsOf(() -> objections.lodge(p.entry(0), objection(),
                Collections.nCopies(6, new EvidenceFile("p.png", "image/png", EvidenceTypesTest.png())), address())))
                .extracting(FieldProblem::messageKey).containsExactly("validation.evidenceTooMany");
        assertThat(entryState(p, 0).paused()).isFalse();
        assertThat(as(officer(), () -> objections.open())).noneMatch(o -> o.caseNumber().equals(p.caseNumbers().get(0)));
    }

    @Test
    void evidenceIsStoredWithTheTypeItsBytesShowAndTheOfficerReadsIt() {
        Published p = publish(1, PUBLISHED, null);
        at(FIRST_DAY.atTime(10, 0));
        SecurityContextHolder.clearContext();
        byte[] jpeg = EvidenceTypesTest.jpeg();
        long id = objections.lodge(p.entry(0), objection(), List.of(
                new EvidenceFile("photo.jpg", "", jpeg), new EvidenceFile("letter.pdf", "application/pdf", EvidenceTypesTest.pdf(2000))),
                address());
        ObjectionView o = as(officer(), () -> objections.find(id)).orElseThrow();
        assertThat(o.files()).extracting(EvidenceInfo::fileName, EvidenceInfo::contentType, EvidenceInfo::sizeBytes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("photo.jpg", "image/jpeg", jpeg.length),
                        org.assertj.core.groups.Tuple.tuple("letter.pdf", "application/pdf", 2000));
        assertThat(as(officer(), () -> objections.evidence(o.files().get(0).id()))).contains(jpeg);
    }

    @Test
    void nameStatementAndAContactAreRequired() {
        Published p = publish(1, PUBLISHED, null);
        at(FIRST_DAY.atTime(10, 0));
        SecurityContextHolder.clearContext();
        assertThat(problemsOf(() -> objections.lodge(p.entry(0),
                new ObjectionRequest(" ", wrongCheckCharacter(), "", "", "\u3000"), List.of(), address())))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("objectorName", "idNumber", "statement", "phone");
        assertThat(problemsOf(() -> objections.lodge(p.entry(0),
                new ObjectionRequest("张三", null, "12345", "not-an-address", "理由"), List.of(), address())))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("phone", "email");
    }

    private static String wrongCheckCharacter() {
        String valid = freshIdNumber();
        return valid.substring(0, 17) + (valid.endsWith("0") ? "1" : "0");
    }

    @Test
    void aClientAddressMayLodgeThreeObjectionsAnHour() {
        Published p = publish(1, PUBLISHED, null);
        String ip = address();
        at(FIRST_DAY.atTime(10, 0));
        SecurityContextHolder.clearContext();
        for (int i = 0; i < 3; i++) {
            objections.lodge(p.entry(0), objection(), List.of(), ip);
        }
        assertThat(problemsOf(() -> objections.lodge(p.entry(0), objection(), List.of(), ip)))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("rateLimit");
                    assertThat(problem.messageKey()).isEqualTo("validation.objectionRateLimit");
                    assertThat(problem.arguments()).containsExactly(3, 60L);
                });
        assertThat(objections.lodge(p.entry(0), objection(), List.of(), address())).as("another address").isPositive();
        at(FIRST_DAY.atTime(11, 0, 1));
        assertThat(objections.lodge(p.entry(0), objection(), List.of(), ip)).as("an hour later").isPositive();
    }

    @Test
    void anUnfoundedAnswerResumesTheEntryOnlyWhenNoOtherObjectionIsOpen() {
        Published p = publish(1, PUBLISHED, null);
        long first = lodge(p.entry(0), FIRST_DAY.atTime(9, 0));
        long second = lodge(p.entry(0), FIRST_DAY.atTime(9, 30));
        signIn(officer());
        objections.answer(first, false, "经核实，工作年限属实");
        assertThat(entryState(p, 0).paused()).as("the second is still open").isTrue();
        ObjectionView answered = objections.answer(second, false, "证据不足");
        assertThat(answered.status()).isEqualTo(ObjectionStatus.ANSWERED_UNFOUNDED);
        assertThat(answered.answeredBy()).isEqualTo("integrity");
        assertThat(entryState(p, 0)).satisfies(e -> {
            assertThat(e.paused()).isFalse();
            assertThat(e.held()).isFalse();
        });
        assertThat(audit.history("case:" + p.caseNumbers().get(0))).extracting(AuditEvent::getAction)
                .contains("objection.unfounded");
        assertThat(problemsOf(() -> objections.answer(second, true, "again"))).extracting(FieldProblem::messageKey)
                .containsExactly("validation.objectionAnswered");
    }

    @Test
    void aSustainedAnswerKeepsTheEntryHeldAndAReasonIsRequired() {
        Published p = publish(1, PUBLISHED, null);
        long id = lodge(p.entry(0), FIRST_DAY.atTime(9, 0));
        signIn(officer());
        assertThat(problemsOf(() -> objections.answer(id, true, " "))).extracting(FieldProblem::field).containsExactly("reason");
        objections.answer(id, true, "证书系伪造");
        assertThat(entryState(p, 0)).satisfies(e -> {
            assertThat(e.paused()).isTrue();
            assertThat(e.held()).isTrue();
        });
        assertThat(events.stream(ObjectionAnswered.class)).contains(new ObjectionAnswered(p.caseNumbers().get(0), id, true));
    }

    @Test
    void afterThePeriodTheCasesWithoutAnOpenOrSustainedObjectionAreGranted() {
        Published p = publish(4, PUBLISHED, null);
        long unfounded = lodge(p.entry(1), FIRST_DAY.atTime(9, 0));
        long sustained = lodge(p.entry(2), FIRST_DAY.atTime(9, 0));
        lodge(p.entry(3), LAST_DAY.atTime(17, 0));
        as(officer(), () -> objections.answer(unfounded, false, "不成立"));
        as(officer(), () -> objections.answer(sustained, true, "成立"));
        long id = p.publicity().id();

        assertThat(publication.casesToGrantAt(id, LAST_DAY)).as("the last day still belongs to the period").isEmpty();
        assertThat(publication.casesToGrantAt(id, LAST_DAY.plusDays(1)))
                .containsExactly(p.caseNumbers().get(0), p.caseNumbers().get(1));
    }

    @Test
    void afterThePeriodTheSecretaryGrantsTheCleanCasesASustainedObjectionHoldsItsCaseAndALateUnfoundedAnswerGrants() {
        Published p = publish(3, PUBLISHED, null);
        long sustained = lodge(p.entry(1), FIRST_DAY.atTime(9, 0));
        long late = lodge(p.entry(2), LAST_DAY.atTime(17, 0));
        as(officer(), () -> objections.answer(sustained, true, "证书系伪造，异议成立"));
        String clean = p.caseNumbers().get(0);
        String held = p.caseNumbers().get(1);
        String waiting = p.caseNumbers().get(2);
        assertThat(statusOf(held)).isEqualTo(CaseStatus.HELD); // its process ended: held for investigation

        at(LAST_DAY.atTime(18, 0));
        assertThat(problemsOf(() -> as(secretary(), () -> publication.grantAfterPeriod(p.publicity().id()))))
                .extracting(FieldProblem::messageKey).containsExactly("validation.publicityRunning");
        at(LAST_DAY.plusDays(1).atTime(9, 0));
        // the request only starts the grant (the list's timer, due now); the entries' jobs grant in the background
        assertThat(as(secretary(), () -> publication.grantAfterPeriod(p.publicity().id())).state())
                .isEqualTo(GrantProgress.State.WAITING);
        assertThat(statusOf(clean)).isEqualTo(CaseStatus.PUBLICITY);
        GrantJobs.runAll(runtime, management, p.publicity().id());
        assertThat(statusOf(clean)).isEqualTo(CaseStatus.GRANTED);
        assertThat(statusOf(waiting)).isEqualTo(CaseStatus.PUBLICITY); // the objected case waits for its answer
        assertThat(as(secretary(), () -> publication.grantProgress(p.publicity().id())).state())
                .isEqualTo(GrantProgress.State.ENDED);
        // granting again goes over the list once more and grants nothing more
        assertThat(as(secretary(), () -> publication.grantAfterPeriod(p.publicity().id())).state())
                .isEqualTo(GrantProgress.State.GRANTING);
        GrantJobs.runAll(runtime, management, p.publicity().id());
        assertThat(statusOf(waiting)).isEqualTo(CaseStatus.PUBLICITY);
        assertThat(statusOf(held)).isEqualTo(CaseStatus.HELD);
        assertThat(audit.history("round:" + p.publicity().roundId())).filteredOn(e -> e.getAction().equals("publicity.granted"))
                .extracting(AuditEvent::getDetails).containsExactly(clean);

        as(officer(), () -> objections.answer(late, false, "异议不成立"));
        assertThat(statusOf(waiting)).isEqualTo(CaseStatus.GRANTED);
    }

    @Test
    void thePublicityListIsExportedAsTheProvincialOfficesTakeIt() throws Exception {
        Published p = publish(2, PUBLISHED, null);
        byte[] xlsx = as(secretary(), () -> publication.publicityXlsx(p.publicity().id(), java.util.Locale.SIMPLIFIED_CHINESE));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("公示名单");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("公示期");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("测").contains("*");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo(FIRST_DAY + " – " + LAST_DAY);
        }
        signIn(officer());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> publication.publicityXlsx(p.publicity().id(),
                java.util.Locale.SIMPLIFIED_CHINESE))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theTimerOfTheListsProcessGrantsTheCleanCasesTheDayAfterThePeriodAndIsRetriedWhenItFails() {
        Published p = publish(1, PUBLISHED, null);
        Job timer = management.createJobQuery().processInstanceId(periodProcess(p).getId()).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(LAST_DAY.plusDays(1).atTime(0, 30)
                .atZone(ZoneId.systemDefault()).toInstant()));
        // a node whose clock says the period still runs: the job fails, the engine keeps it for a retry
        at(LAST_DAY.atTime(23, 0));
        assertThatThrownBy(() -> management.executeJob(timer.getId())).isInstanceOf(
                org.talentbridge.shared.validation.InvalidInputException.class);
        assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(4);
        assertThat(statusOf(p.caseNumbers().get(0))).isEqualTo(CaseStatus.PUBLICITY);
        at(LAST_DAY.plusDays(1).atTime(0, 30));
        management.executeJob(timer.getId());
        assertThat(statusOf(p.caseNumbers().get(0))).as("the timer's job only starts the entries' jobs")
                .isEqualTo(CaseStatus.PUBLICITY);
        GrantJobs.runAll(runtime, management, p.publicity().id());
        assertThat(statusOf(p.caseNumbers().get(0))).isEqualTo(CaseStatus.GRANTED);
        assertThat(periodProcess(p)).isNull(); // the list's process has ended
    }

    private org.camunda.bpm.engine.runtime.ProcessInstance periodProcess(Published p) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PublicityPeriodProcess.KEY)
                .processInstanceBusinessKey(PublicityPeriodProcess.businessKey(p.publicity().id())).singleResult();
    }

    private CaseStatus statusOf(String caseNumber) {
        return as(secretary(), () -> cases.details(caseNumber).orElseThrow().summary().status());
    }

    @Test
    void publishingChecksTheCasesAndTheRoundIsPublishedOnce() {
        long round = freshRound();
        String mine = caseIn(round);
        String other = caseIn(freshRound());
        signIn(secretary());
        at(PUBLISHED);
        assertThat(problemsOf(() -> publication.publish(round, List.of(mine, other, "ZC2026-999999"))))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.publicityCaseNotInRound", "validation.publicityCaseNotInRound");
        assertThat(problemsOf(() -> publication.publish(round, List.of()))).extracting(FieldProblem::messageKey)
                .containsExactly("validation.publicityNoCases");
        publication.publish(round, List.of(mine));
        assertThat(problemsOf(() -> publication.publish(round, List.of(mine)))).extracting(FieldProblem::messageKey)
                .containsExactly("validation.publicityCaseTwice");
        assertThat(publication.ofRound(round)).isPresent();
        // a case that passes later joins a further list of the same round
        String later = caseIn(round);
        signIn(secretary());
        assertThat(publication.candidates(round)).extracting(CaseFacts::caseNumber).containsExactly(later);
        assertThat(publication.publish(round, List.of(later)).entries()).hasSize(1);
    }

    @Test
    void anyoneReadsTheListsAndObjectsButOnlyStaffPublishAndOnlyTheOfficerAnswers() {
        Published p = publish(1, PUBLISHED, null);
        at(FIRST_DAY.atTime(9, 0));
        SecurityContextHolder.clearContext();
        assertThat(publication.current()).extracting(PublicityView::id).contains(p.publicity().id());
        long id = objections.lodge(p.entry(0), objection(), List.of(), address());

        signIn(newAccount("pubrev", Role.REVIEWER));
        assertThatThrownBy(() -> objections.open()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> objections.answer(id, false, "x")).isInstanceOf(AccessDeniedException.class);
        signIn(newAccount("pubapp", Role.APPLICANT));
        assertThatThrownBy(() -> publication.publish(p.publicity().roundId(), p.caseNumbers())).isInstanceOf(AccessDeniedException.class);
        signIn(secretary());
        assertThatThrownBy(() -> objections.evidence(1)).isInstanceOf(AccessDeniedException.class);

        at(LocalDateTime.of(2026, 10, 12, 9, 0));
        SecurityContextHolder.clearContext();
        assertThat(publication.current()).extracting(PublicityView::id).doesNotContain(p.publicity().id());
        assertThat(publication.past()).extracting(PublicityView::id).contains(p.publicity().id());
    }
}
