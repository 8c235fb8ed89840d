package org.talentbridge.skilleval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.certificate.CertificateKind;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.certificate.Verification;
import org.talentbridge.eligibility.Check;
import org.talentbridge.integrity.IntegrityEntryRequest;
import org.talentbridge.integrity.IntegrityFileService;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;

/** processes/skill-evaluation.bpmn, channel by channel and rule by rule (S1-S4, E, I), on the real engine. */
class SkillEvaluationProcessTest extends SkillEvaluationTestSupport {

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;
    @Autowired
    private CertificateService certificates;
    @Autowired
    private IntegrityFileService integrityFile;
    @Autowired
    private EvaluationOrganisations organisations;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    private ProcessInstance instance(String caseNumber) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private String instanceId(String caseNumber) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private SkillCaseDetails details(String caseNumber) {
        return as(accounts.findByUsername("admin").orElseThrow(), () -> skillCases.details(caseNumber).orElseThrow());
    }

    private static List<String> notMet(SkillCaseDetails d) {
        return d.screening().orElseThrow().checks().stream().filter(c -> !c.isMet()).map(Check::rule).toList();
    }

    @Test
    void socialChannelS4_aTitledProfessionalWithoutAnAccreditedEmployerIsEvaluatedByTheSocialOrganisationAndPassing_GrantsTheLevel() {
        AccountView applicant = titledElectrician("sksoc");
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", OrganisationKind.EMPLOYER, null);

        assertThat(c.status()).isEqualTo(SkillCaseStatus.EVALUATION);
        assertThat(c.channel()).isEqualTo(OrganisationKind.SOCIAL_ORGANISATION);
        assertThat(c.organisationName()).isEqualTo(SOCIAL);
        ProcessInstance pi = instance(c.caseNumber());
        assertThat(pi).isWaitingAt(SkillEvaluationProcess.TASK_EVALUATION);
        long socialId = organisations.organisationOf(evaluatorOf(SOCIAL).id()).orElseThrow();
        assertThat(task(pi)).hasCandidateGroup(OrganisationView.groupOf(socialId));

        SkillCaseSummary done = assess(c.caseNumber(), 82, 71);

        assertThat(done.status()).isEqualTo(SkillCaseStatus.PASSED);
        assertThat(pi).hasPassedInOrder(SkillEvaluationProcess.TASK_SCREENING, SkillEvaluationProcess.TASK_EVALUATION,
                SkillEvaluationProcess.TASK_GRANT, SkillEvaluationProcess.END_GRANTED).isEnded();
        CertificateView certificate = certificates.findByCase(CertificateKind.SKILL_LEVEL, c.caseNumber()).orElseThrow();
        assertThat(certificate.level()).isEqualTo("TECHNICIAN");
        assertThat(certificate.holderAccountId()).isEqualTo(applicant.id());
        assertThat(certificates.verify(certificate.verificationCode()).result()).isEqualTo(Verification.Result.VALID);
        assertThat(jdbc.queryForObject("select case_number from tb.skill_certificate where certificate_number = ?",
                String.class, certificate.certificateNumber())).isEqualTo(c.caseNumber());
        // rule E: a technician is treated as intermediate
        assertThat(as(applicant, () -> skillCases.myLevels())).anySatisfy(l -> {
            assertThat(l.level()).isEqualTo(SkillLevel.TECHNICIAN);
            assertThat(l.treatedAs()).isEqualTo(TitleLevel.INTERMEDIATE);
            assertThat(l.issuingBody()).isEqualTo(SOCIAL);
        });
        assertThat(as(applicant, () -> skillCases.details(c.caseNumber())).orElseThrow().treatedAs()).contains(TitleLevel.INTERMEDIATE);
    }

    @Test
    void employerChannelS4_anApplicantOfAnAccreditedEmployerWhoChoosesIt_IsEvaluatedByTheEmployer() {
        titled("skemp", TitleLevel.ASSISTANT, "焊工");
        atAccreditedEmployer();
        SkillCaseSummary c = submit(SkillLevel.SENIOR_WORKER, "焊工", OrganisationKind.EMPLOYER, null);

        assertThat(c.channel()).isEqualTo(OrganisationKind.EMPLOYER);
        assertThat(c.organisationName()).isEqualTo(EMPLOYER_STATION);
        assertThat(assess(c.caseNumber(), 90, 88).status()).isEqualTo(SkillCaseStatus.PASSED);
        assertThat(instance(c.caseNumber())).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId(c.caseNumber()))
                .activityId(SkillEvaluationProcess.END_GRANTED).count()).isEqualTo(1);
    }

    @Test
    void employerChannelS4_anApplicantOfAnAccreditedEmployerWhoChoosesASocialOrganisation_GoesThere() {
        titled("skemps", TitleLevel.ASSISTANT, "焊工");
        atAccreditedEmployer();
        SkillCaseSummary c = submit(SkillLevel.SENIOR_WORKER, "焊工", OrganisationKind.SOCIAL_ORGANISATION, null);
        assertThat(c.organisationName()).isEqualTo(SOCIAL);
    }

    @Test
    void appraisalChannelS4_anAccessTypeOccupationGoesToTheRegisteredAppraisalInstitutionWhateverTheChoice() {
        titled("skacc", TitleLevel.INTERMEDIATE, "消防设施操作员");
        atAccreditedEmployer();
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "消防设施操作员", OrganisationKind.EMPLOYER, null);

        assertThat(c.channel()).isEqualTo(OrganisationKind.REGISTERED_APPRAISAL_INSTITUTION);
        assertThat(c.organisationName()).isEqualTo(APPRAISAL);
        assertThat(assess(c.caseNumber(), 75, 66).status()).isEqualTo(SkillCaseStatus.PASSED);
    }

    @Test
    void exemptionS3_aRelatedMajorDegreeExemptsFromTheTheoryExam_TheOperationalAssessmentAloneDecides() {
        titledElectrician("skex");
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", null, "电气工程及其自动化");

        SkillCaseDetails d = details(c.caseNumber());
        assertThat(d.theoryExempt()).isTrue();
        assertThat(d.screening().orElseThrow().checks()).anyMatch(ch -> ch.messageKey().equals("screening.S3.exempt"));
        assertThat(problemsOf(() -> assess(c.caseNumber(), 80, 70))).anyMatch(p -> p.field().equals("theoryScore"));

        assertThat(assess(c.caseNumber(), 80, null).status()).isEqualTo(SkillCaseStatus.PASSED);
        SkillCaseDetails after = details(c.caseNumber());
        assertThat(after.theoryScore()).isNull();
        assertThat(after.theoryPassed()).isNull();
        assertThat(after.operationalPassed()).isTrue();
    }

    @Test
    void exemptionS3_theEvaluatorRefusesAnUnrelatedMajor_andTheTheoryExamDecides() {
        titledElectrician("skexref");
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", null, "汉语言文学"); // declared, but not related
        assertThat(details(c.caseNumber()).theoryExempt()).isTrue();
        AccountView evaluator = evaluatorOf(SOCIAL);
        String task = taskOf(c.caseNumber());

        assertThat(problemsOf(() -> as(evaluator, () -> skillCases.recordAssessment(task, new Assessment(80, null, true)))))
                .extracting(p -> p.field()).containsExactly("theoryScore"); // refused: the theory score is required now
        SkillCaseSummary done = as(evaluator, () -> skillCases.recordAssessment(task, new Assessment(80, 55, true)));

        assertThat(done.status()).isEqualTo(SkillCaseStatus.NOT_PASSED);
        SkillCaseDetails after = details(c.caseNumber());
        assertThat(after.theoryExempt()).isFalse();
        assertThat(after.theoryScore()).isEqualTo(55);
        assertThat(jdbc.queryForObject("select count(*) from tb.audit_event where action = 'skillCase.exemptionRefused' and subject = ?",
                Integer.class, "case:" + c.caseNumber())).isEqualTo(1);
    }

    @Test
    void noExemptionS3_theTheoryScoreIsRequiredAndAFailedTheoryExamEndsTheCaseNotPassedWithoutACertificate() {
        titledElectrician("sknoex");
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", null, " ");

        assertThat(details(c.caseNumber()).theoryExempt()).isFalse();
        assertThat(problemsOf(() -> assess(c.caseNumber(), 80, null))).extracting(p -> p.field()).containsExactly("theoryScore");
        assertThat(problemsOf(() -> assess(c.caseNumber(), 101, 50))).extracting(p -> p.field()).containsExactly("operationalScore");

        assertThat(assess(c.caseNumber(), 80, 59).status()).isEqualTo(SkillCaseStatus.NOT_PASSED);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId(c.caseNumber()))
                .activityId(SkillEvaluationProcess.END_NOT_PASSED).count()).isEqualTo(1);
        assertThat(certificates.findByCase(CertificateKind.SKILL_LEVEL, c.caseNumber())).isEmpty();
    }

    @Test
    void promotionS2_refusedTheDayBeforeOneFullYear_explainingTheDateFromWhichTheHolderMayApply() {
        LocalDate obtained = LocalDate.now().minusYears(1).plusDays(1);
        skilledElectrician("sks2a", SkillLevel.TECHNICIAN, obtained);
        SkillCaseSummary c = submit(SkillLevel.SENIOR_TECHNICIAN, "电工", null, null);

        assertThat(c.status()).isEqualTo(SkillCaseStatus.INELIGIBLE);
        SkillCaseDetails d = details(c.caseNumber());
        assertThat(d.screening().orElseThrow().checks()).anySatisfy(ch -> {
            assertThat(ch.rule()).isEqualTo("S2");
            assertThat(ch.messageKey()).isEqualTo("screening.S2.notYet");
            assertThat(ch.arguments()).contains(obtained.plusYears(1).toString());
        });
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId(c.caseNumber()))
                .activityId(SkillEvaluationProcess.END_INELIGIBLE).count()).isEqualTo(1);
    }

    @Test
    void promotionS2_admittedOnTheDayOneFullYearAfterTheLevel() {
        skilledElectrician("sks2b", SkillLevel.TECHNICIAN, LocalDate.now().minusYears(1));
        SkillCaseSummary c = submit(SkillLevel.SENIOR_TECHNICIAN, "电工", null, null);
        assertThat(c.status()).isEqualTo(SkillCaseStatus.EVALUATION);
        assertThat(notMet(details(c.caseNumber()))).isEmpty();
    }

    @Test
    void secondGrantS2_aLevelGrantedInTheOccupationIsRefusedAtScreeningNamingItsCertificate_andNoSecondCertificateIsIssued() {
        AccountView applicant = titledElectrician("sktwice");
        SkillCaseSummary first = submit(SkillLevel.TECHNICIAN, "电工", null, null);
        assertThat(assess(first.caseNumber(), 82, 71).status()).isEqualTo(SkillCaseStatus.PASSED);
        String number = certificates.findByCase(CertificateKind.SKILL_LEVEL, first.caseNumber()).orElseThrow().certificateNumber();

        SkillCaseSummary again = as(applicant, () -> submit(SkillLevel.TECHNICIAN, "电工", null, null));

        assertThat(again.caseNumber()).isNotEqualTo(first.caseNumber());
        assertThat(again.status()).isEqualTo(SkillCaseStatus.INELIGIBLE);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId(again.caseNumber()))
                .activityId(SkillEvaluationProcess.END_INELIGIBLE).count()).isEqualTo(1);
        SkillScreeningRecord screening = details(again.caseNumber()).screening().orElseThrow();
        assertThat(screening.eligible()).isFalse();
        assertThat(screening.checks()).filteredOn(ch -> ch.messageKey().equals("screening.S2.alreadyHeld")).singleElement()
                .satisfies(ch -> {
                    assertThat(ch.rule()).isEqualTo("S2");
                    assertThat(ch.isMet()).isFalse();
                    assertThat(ch.arguments()).contains(number, "电工");
                });
        // the refusal is the one unmet line: the checklist and the result agree
        assertThat(screening.checks()).filteredOn(ch -> ch.outcome() == Check.Outcome.NOT_MET).extracting(Check::messageKey)
                .containsExactly("screening.S2.alreadyHeld");
        assertThat(certificates.findByCase(CertificateKind.SKILL_LEVEL, again.caseNumber())).isEmpty();
        assertThat(as(applicant, () -> skillCases.myLevels())).extracting(HeldSkillLevel::level).containsExactly(SkillLevel.TECHNICIAN);
        // nor a lower level of the same occupation
        assertThat(as(applicant, () -> submit(SkillLevel.SENIOR_WORKER, "电工", null, null)).status())
                .isEqualTo(SkillCaseStatus.INELIGIBLE);
    }

    @Test
    void checklistAgreesWithTheResult_anEligibleCaseHasNoUnmetLine_anIneligibleOneNamesWhy() {
        // an intermediate title (S1: technician) and a technician level of 焊工 two years old: another occupation
        AccountView applicant = titledElectrician("skagree");
        profiles.addCertificate(new org.talentbridge.applicant.CertificateInput(SkillLevel.TECHNICIAN, "焊工",
                LocalDate.now().minusYears(2), "W-" + applicant.username(), "鉴定中心"));

        SkillCaseSummary technician = submit(SkillLevel.TECHNICIAN, "电工", null, null);
        assertThat(technician.status()).isEqualTo(SkillCaseStatus.EVALUATION);
        SkillScreeningRecord admitted = details(technician.caseNumber()).screening().orElseThrow();
        assertThat(admitted.eligible()).isTrue();
        // the level of 焊工 is shown as evidence that does not count, not as an unmet condition beside 符合申报条件
        assertThat(admitted.checks()).filteredOn(ch -> ch.outcome() == Check.Outcome.NOT_MET).isEmpty();
        assertThat(admitted.checks()).anyMatch(ch -> ch.messageKey().equals("screening.S2.notSameOccupation")
                && ch.outcome() == Check.Outcome.NOT_COUNTED);

        // S2 is promotion in the same occupation: 技师 in 焊工 opens no 高级技师 in 电工
        SkillCaseSummary senior = submit(SkillLevel.SENIOR_TECHNICIAN, "电工", null, null);
        assertThat(senior.status()).isEqualTo(SkillCaseStatus.INELIGIBLE);
        SkillScreeningRecord refused = details(senior.caseNumber()).screening().orElseThrow();
        assertThat(refused.eligible()).isFalse();
        assertThat(refused.checks()).filteredOn(ch -> ch.outcome() == Check.Outcome.NOT_MET).extracting(Check::messageKey)
                .containsExactly("screening.S.target.notMet");
    }

    @Test
    void chiefTechnicianS1_refusedWithoutHoldingSpecialTechnician_evenWithASeniorTitle() {
        titled("skchief", TitleLevel.SENIOR, "电工");
        SkillCaseSummary c = submit(SkillLevel.CHIEF_TECHNICIAN, "电工", null, null);
        assertThat(c.status()).isEqualTo(SkillCaseStatus.INELIGIBLE);
        assertThat(details(c.caseNumber()).screening().orElseThrow().checks())
                .anyMatch(ch -> ch.messageKey().equals("screening.S1.chief.notMet") && !ch.isMet());
    }

    @Test
    void chiefTechnicianS1_admittedForAHolderOfSpecialTechnicianAfterOneYear() {
        skilledElectrician("skchief2", SkillLevel.SPECIAL_TECHNICIAN, LocalDate.now().minusYears(2));
        SkillCaseSummary c = submit(SkillLevel.CHIEF_TECHNICIAN, "电工", null, null);
        assertThat(c.status()).isEqualTo(SkillCaseStatus.EVALUATION);
        assertThat(details(c.caseNumber()).screening().orElseThrow().checks())
                .anyMatch(ch -> ch.messageKey().equals("screening.S1.chief.met"));
    }

    @Test
    void integrityI_anApplicantWithAnActiveEntryInTheIntegrityFileIsRefused() {
        AccountView applicant = titledElectrician("skint");
        as(accounts.findByUsername("integrity").orElseThrow(), () -> integrityFile.record(new IntegrityEntryRequest(
                applicant.idNumber(), applicant.displayName(), IntegrityFinding.FRAUD, "伪造学历证书", LocalDate.now().minusDays(1), null)));
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", null, null);
        assertThat(c.status()).isEqualTo(SkillCaseStatus.INELIGIBLE);
        assertThat(notMet(details(c.caseNumber()))).contains("I");
    }

    @Test
    void everyScreeningRecordsItsRulesVersionAndGoesToTheAuditLog() {
        titledElectrician("skaud");
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", null, null);
        SkillScreeningRecord s = details(c.caseNumber()).screening().orElseThrow();
        assertThat(s.rulesVersion()).isNotBlank();
        assertThat(s.checks()).allMatch(ch -> ch.rule() != null && !ch.rule().isBlank());
        assertThat(jdbc.queryForObject("select count(*) from tb.audit_event where action = 'skillCase.screened' and subject = ?",
                Integer.class, "case:" + c.caseNumber())).isEqualTo(1);
    }

    @Test
    void doubleSubmission_returnsTheRunningCaseForTheSameLevel_andAnotherLevelIsAnotherCase() {
        titledElectrician("skdbl");
        SkillSubmission first = skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", null, null));
        SkillSubmission second = skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", null, null));
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.summary().caseNumber()).isEqualTo(first.summary().caseNumber());
        assertThat(skillCases.submit(new SkillApplication(SkillLevel.SENIOR_WORKER, "电工", null, null)).created()).isTrue();
    }

    @Test
    void badInput_isRefusedNamingTheField() {
        titledElectrician("skbad");
        assertThat(problemsOf(() -> skillCases.submit(new SkillApplication(null, " ", null, null))))
                .extracting(p -> p.field()).contains("targetLevel", "occupationName");
    }

    @Test
    void doubleAssessment_theSecondRecordingFindsTheEvaluationGone() {
        titledElectrician("skdbla");
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", null, null);
        String task = taskOf(c.caseNumber());
        AccountView evaluator = evaluatorOf(SOCIAL);
        as(evaluator, () -> skillCases.recordAssessment(task, new Assessment(70, 70)));
        assertThatThrownBy(() -> as(evaluator, () -> skillCases.recordAssessment(task, new Assessment(90, 90))))
                .isInstanceOf(EvaluationGoneException.class);
    }

    @Test
    void authorisation_anEvaluatorSeesAndDecidesOnlyCasesRoutedToItsOrganisation() {
        AccountView applicant = titledElectrician("skauth");
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", null, null);
        String task = taskOf(c.caseNumber());
        AccountView other = evaluatorOf(APPRAISAL);

        assertThat(as(other, () -> skillCases.evaluations(null, 0, 1000))).noneMatch(r -> r.summary().caseNumber().equals(c.caseNumber()));
        assertThat(as(evaluatorOf(SOCIAL), () -> skillCases.evaluations(c.caseNumber(), 0, 10)))
                .extracting(r -> r.summary().caseNumber()).containsExactly(c.caseNumber());
        assertThatThrownBy(() -> as(other, () -> skillCases.evaluation(task))).isInstanceOf(EvaluationGoneException.class);
        assertThatThrownBy(() -> as(other, () -> skillCases.recordAssessment(task, new Assessment(90, 90))))
                .isInstanceOf(EvaluationGoneException.class);
        assertThatThrownBy(() -> as(other, () -> skillCases.details(c.caseNumber()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(newAccount("skauth2", Role.APPLICANT), () -> skillCases.details(c.caseNumber())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(applicant, () -> skillCases.evaluations(null, 0, 10))).isInstanceOf(AccessDeniedException.class);
        // the masked ID number in lists
        assertThat(as(evaluatorOf(SOCIAL), () -> skillCases.evaluation(task)).summary().applicantIdMasked()).contains("*");
    }

    @Test
    void integrityStop_stopsEveryRunningCaseOfThePersonAtEndEventStoppedWithTheReason() {
        AccountView applicant = titledElectrician("skstop");
        SkillCaseSummary running = submit(SkillLevel.TECHNICIAN, "电工", null, null);
        SkillCaseSummary ineligible = submit(SkillLevel.SPECIAL_TECHNICIAN, "电工", null, null);
        assertThat(ineligible.status()).isEqualTo(SkillCaseStatus.INELIGIBLE);

        List<String> stopped = skillCases.stopRunningCasesOf(applicant.id(), "诚信档案：伪造学历");

        assertThat(stopped).containsExactly(running.caseNumber());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId(running.caseNumber()))
                .activityId(SkillEvaluationProcess.END_STOPPED).count()).isEqualTo(1);
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(running.caseNumber()).count()).isZero();
        SkillCaseDetails d = details(running.caseNumber());
        assertThat(d.summary().status()).isEqualTo(SkillCaseStatus.STOPPED);
        assertThat(d.statusReason()).isEqualTo("诚信档案：伪造学历");
        assertThat(details(ineligible.caseNumber()).summary().status()).isEqualTo(SkillCaseStatus.INELIGIBLE);
        assertThat(skillCases.stopRunningCasesOf(applicant.id(), "again")).isEmpty();
    }
}
