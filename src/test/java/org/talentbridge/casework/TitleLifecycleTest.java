package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.CertificateKind;
import org.talentbridge.certificate.CertificateStatus;
import org.talentbridge.certificate.Verification;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.committee.BallotRequest;
import org.talentbridge.committee.CommitteeService;
import org.talentbridge.committee.DrawView;
import org.talentbridge.committee.DrawnMember;
import org.talentbridge.committee.PanelVoteService;
import org.talentbridge.committee.VoteDecision;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Part 2 of the title process on the real engine, end to end through the services: the round's cases are grouped and
 * drawn, the panel votes in secret and the secretary closes the vote; passed cases are checked for integrity, flagged
 * ones reviewed by an integrity officer, published, and granted when the period ends without a sustained objection.
 */
class TitleLifecycleTest extends IntegrationTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private IntegrityReviewService integrityReviews;
    @Autowired
    private CommitteeService committee;
    @Autowired
    private PanelVoteService votes;
    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private TaskService tasks;
    @Autowired
    private HistoryService history;
    @Autowired
    private AuditLog audit;
    @Autowired
    private org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    private CertificateService certificates;
    @Autowired
    private org.talentbridge.investigation.InvestigationService investigations;

    private AccountView secretary() {
        return accounts.findByUsername("secretary").orElseThrow();
    }

    /** A round of its own that closes late, so that no other test's submission lands in it. */
    private RoundView lateRound() {
        LocalDate today = LocalDate.now();
        return rounds.createAs(new RoundRequest(today.getYear(), "全流程测试批次" + System.nanoTime(), catalog.seriesNames(),
                LocalDate.of(today.getYear(), 12, 31), today.minusDays(1), today.plusDays(365), 10, 5), "admin");
    }

    /** A welder's case in the round, through employer and qualification review. */
    private String readyForCommittee(AccountView applicant, RoundView round) {
        String number = as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE,
                true, round.id())).caseNumber());
        confirmedByEmployer(number);
        as(newAccount("lcrev", Role.REVIEWER), () -> {
            String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
            inbox.claim(task);
            inbox.approve(task);
            return null;
        });
        return number;
    }

    /** The secretary groups and draws the round, confirms the panel and opens its vote; every seated member votes. */
    private void panelVotes(RoundView round, VoteDecision decision) {
        DrawView draw = as(secretary(), () -> {
            DrawView d = committee.drawAll(round.id(), 3).get(0);
            committee.confirm(d.id());
            votes.open(d.id(), null, null);
            return d;
        });
        for (DrawnMember seated : draw.panel()) {
            as(accounts.findByUsername(seated.username()).orElseThrow(), () -> votes.cast(draw.id(), draw.caseNumbers().stream()
                    .map(c -> new BallotRequest(c, decision, 85, 88, 80)).toList()));
        }
        as(secretary(), () -> votes.close(draw.id()));
        moveOn(draw.id());
    }

    /** The closed vote's cases are moved on in the background: run its jobs as the job executor would. */
    private void moveOn(long drawId) {
        org.talentbridge.committee.MoveOnJobs.runAll(engine.getRuntimeService(), engine.getManagementService(), drawId);
    }

    private CaseStatus status(AccountView applicant, String number) {
        return as(applicant, () -> cases.details(number).orElseThrow().summary().status());
    }

    private String endOf(String number) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getEndActivityId();
    }

    @Test
    void aPassedCleanCaseIsPublishedAndGrantedWhenThePeriodEndsWithoutObjection() {
        AccountView applicant = eligibleWelder("lcok");
        RoundView round = lateRound();
        String number = readyForCommittee(applicant, round);
        BpmnAwareTests.init(engine);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult();
        BpmnAwareTests.assertThat(instance).isWaitingAt(TitleApplicationProcess.TASK_COMMITTEE_REVIEW);

        panelVotes(round, VoteDecision.AGREE);

        assertThat(status(applicant, number)).isEqualTo(CaseStatus.PUBLICITY);
        assertThat(as(secretary(), () -> cases.publicityEnded(number, true))).isTrue();
        assertThat(status(applicant, number)).isEqualTo(CaseStatus.GRANTED);
        BpmnAwareTests.assertThat(instance).hasPassedInOrder(TitleApplicationProcess.START, TitleApplicationProcess.TASK_SCREENING,
                TitleApplicationProcess.TASK_EMPLOYER_REVIEW, TitleApplicationProcess.TASK_QUALIFICATION_REVIEW,
                TitleApplicationProcess.TASK_COMMITTEE_REVIEW, TitleApplicationProcess.TASK_INTEGRITY_CHECKS,
                TitleApplicationProcess.TASK_PUBLICITY, TitleApplicationProcess.TASK_GRANT, TitleApplicationProcess.END_GRANTED)
                .isEnded();
        assertThat(audit.history("case:" + number)).extracting(e -> e.getAction())
                .contains("case.committeeVoted", "case.integrityChecked", "case.publicityEnded", "case.granted");
        // the grant issued the certificate, which the public verification page confirms
        CertificateView certificate = certificates.findByCase(CertificateKind.TITLE, number).orElseThrow();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificates.verify(certificate.verificationCode()).result()).isEqualTo(Verification.Result.VALID);
    }

    @Test
    void aCaseThePanelDoesNotPassEndsWithItsTally() {
        AccountView applicant = eligibleWelder("lcno");
        RoundView round = lateRound();
        String number = readyForCommittee(applicant, round);

        panelVotes(round, VoteDecision.DISAGREE);

        assertThat(status(applicant, number)).isEqualTo(CaseStatus.NOT_PASSED);
        assertThat(endOf(number)).isEqualTo(TitleApplicationProcess.END_NOT_PASSED);
        assertThat(audit.history("case:" + number)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("case.committeeVoted");
            assertThat(e.getDetails()).isEqualTo("not passed 评委会表决：同意 0，不同意 3，弃权 0；出席 3/3");
        });
    }

    @Test
    void theRoundsPassShareDecides_twoOfThreeAgreeingFailUnderThreeQuarters() {
        AccountView applicant = eligibleWelder("lcshare");
        LocalDate today = LocalDate.now();
        RoundView round = rounds.createAs(new RoundRequest(today.getYear(), "四分之三批次" + System.nanoTime(), catalog.seriesNames(),
                LocalDate.of(today.getYear(), 12, 31), today.minusDays(1), today.plusDays(365), 10, 5, null, "3/4"), "admin");
        String number = readyForCommittee(applicant, round);
        DrawView draw = as(secretary(), () -> {
            DrawView d = committee.drawAll(round.id(), 3).get(0);
            committee.confirm(d.id());
            votes.open(d.id(), null, null);
            return d;
        });
        List<DrawnMember> seated = draw.panel();
        for (int i = 0; i < seated.size(); i++) {
            VoteDecision decision = i < 2 ? VoteDecision.AGREE : VoteDecision.DISAGREE; // 2 of 3 agree: 2/3, not 3/4
            as(accounts.findByUsername(seated.get(i).username()).orElseThrow(), () -> votes.cast(draw.id(),
                    List.of(new BallotRequest(number, decision, 80, 80, 80))));
        }
        as(secretary(), () -> votes.close(draw.id()));
        moveOn(draw.id());

        assertThat(status(applicant, number)).isEqualTo(CaseStatus.NOT_PASSED);
    }

    @Test
    void aFlaggedCaseWaitsForTheIntegrityOfficerWhoClearsOrRefersIt() {
        AccountView cleared = eligibleWelder("lcflag");
        profiles.addCertificate(new CertificateInput(SkillLevel.SENIOR_WORKER, "焊工", LocalDate.of(2005, 1, 1), // aged ten
                "SW-" + cleared.username(), "鉴定中心"));
        AccountView referred = eligibleWelder("lcref");
        profiles.addCertificate(new CertificateInput(SkillLevel.SENIOR_WORKER, "焊工", LocalDate.of(2005, 1, 1),
                "SW-" + referred.username(), "鉴定中心"));
        RoundView round = lateRound();
        String first = readyForCommittee(cleared, round);
        String second = readyForCommittee(referred, round);

        panelVotes(round, VoteDecision.AGREE);

        assertThat(status(cleared, first)).isEqualTo(CaseStatus.INTEGRITY_REVIEW);
        AccountView officer = newAccount("lcoff", Role.INTEGRITY_OFFICER);
        signIn(officer);
        List<InboxRow> waiting = integrityReviews.page(0, 10_000).stream()
                .filter(r -> List.of(first, second).contains(r.summary().caseNumber())).toList();
        assertThat(waiting).hasSize(2);
        String firstTask = waiting.stream().filter(r -> r.summary().caseNumber().equals(first)).findFirst().orElseThrow().taskId();
        String secondTask = waiting.stream().filter(r -> r.summary().caseNumber().equals(second)).findFirst().orElseThrow().taskId();
        assertThat(integrityReviews.flags(firstTask)).extracting(f -> f.check().name()).contains("CERTIFICATE_BEFORE_SIXTEENTH_BIRTHDAY");
        assertThat(problemsOf(() -> integrityReviews.decide(firstTask, IntegrityDecision.CLEAR, " "))).extracting(p -> p.field())
                .containsExactly("reason");

        integrityReviews.decide(firstTask, IntegrityDecision.CLEAR, "证书日期录入错误，已核对原件为 2015 年");
        integrityReviews.decide(secondTask, IntegrityDecision.REFER, "证书取得时未满十六周岁，移交调查");

        assertThat(status(cleared, first)).isEqualTo(CaseStatus.PUBLICITY);
        assertThat(status(referred, second)).isEqualTo(CaseStatus.HELD);
        // the referral opened an investigation; the case waits for it, and an unfounded outcome sends it on to publicity
        ProcessInstance held = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(second)
                .singleResult();
        BpmnAwareTests.init(engine);
        BpmnAwareTests.assertThat(held).isWaitingAt(TitleApplicationProcess.TASK_INVESTIGATION);
        String investigation = investigations.page(true, 0, 10_000).stream()
                .filter(r -> r.personName().equals(referred.displayName())).findFirst().orElseThrow().number();
        investigations.closeUnfounded(investigation, "核实为录入错误");
        assertThat(status(referred, second)).isEqualTo(CaseStatus.PUBLICITY);
        BpmnAwareTests.assertThat(held).isWaitingAt(TitleApplicationProcess.TASK_PUBLICITY);
    }

    @Test
    void aSustainedObjectionHoldsThePublishedCase() {
        AccountView applicant = eligibleWelder("lcobj");
        RoundView round = lateRound();
        String number = readyForCommittee(applicant, round);
        panelVotes(round, VoteDecision.AGREE);

        assertThat(as(secretary(), () -> cases.publicityEnded(number, false))).isTrue();

        assertThat(status(applicant, number)).isEqualTo(CaseStatus.HELD);
        assertThat(endOf(number)).isEqualTo(TitleApplicationProcess.END_OBJECTION_SUSTAINED);
        assertThat(as(secretary(), () -> cases.publicityEnded(number, true))).isFalse(); // nothing waits any more
    }
}
