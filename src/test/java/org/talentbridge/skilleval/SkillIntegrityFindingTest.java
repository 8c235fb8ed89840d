package org.talentbridge.skilleval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.certificate.CertificateKind;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.certificate.Verification;
import org.talentbridge.integrity.IntegrityEntryRequest;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.investigation.InvestigationService;
import org.talentbridge.investigation.ReportRequest;
import org.talentbridge.shared.policy.SkillLevel;

/** Rule I across pathways (issue 6, item 3; issue 7, item 6): a confirmed finding voids skill levels too. */
class SkillIntegrityFindingTest extends SkillEvaluationTestSupport {

    @Autowired
    private InvestigationService investigations;
    @Autowired
    private CertificateService certificates;
    @Autowired
    private org.talentbridge.integrity.IntegrityFileService integrityFile;

    @Test
    void aConfirmedFindingVoidsTheSkillLevelItsCaseGranted_andStopsThePersonsRunningSkillCase() {
        AccountView applicant = titledElectrician("skvoid");
        String granted = submit(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION, null).caseNumber();
        assess(granted, 85, 80);
        CertificateView certificate = certificates.findByCase(CertificateKind.SKILL_LEVEL, granted).orElseThrow();
        signIn(applicant);
        // a running case in another occupation (a lower level of 电工 would be refused at screening as held, S2)
        String running = submit(SkillLevel.TECHNICIAN, "焊工", OrganisationKind.SOCIAL_ORGANISATION, null).caseNumber();
        assertThat(as(applicant, () -> skillCases.details(running)).orElseThrow().summary().status())
                .isEqualTo(SkillCaseStatus.EVALUATION);
        assertThat(as(applicant, () -> skillCases.myLevels())).extracting(HeldSkillLevel::level).contains(SkillLevel.TECHNICIAN);

        AccountView officer = accounts.findByUsername("integrity").orElseThrow();
        String investigation = as(officer, () -> {
            String n = investigations.report(new ReportRequest(applicant.idNumber(), applicant.displayName(), List.of(granted),
                    List.of(), "评价机构反映：操作考核由他人代考"));
            investigations.proposeFinding(n, IntegrityFinding.FRAUD, "操作技能考核由他人代考", null);
            return n;
        });
        as(newAccount("skoff", Role.INTEGRITY_OFFICER), () -> {
            investigations.approve(investigation, "同意认定");
            return null;
        });

        assertThat(certificates.verify(certificate.verificationCode()).result()).isEqualTo(Verification.Result.VOID);
        assertThat(as(applicant, () -> skillCases.myLevels())).extracting(HeldSkillLevel::level).doesNotContain(SkillLevel.TECHNICIAN);
        assertThat(as(applicant, () -> skillCases.details(running)).orElseThrow().summary().status()).isEqualTo(SkillCaseStatus.STOPPED);
    }

    @Test
    void anEntryRecordedDuringTheEvaluationStopsTheCaseInsteadOfGrantingTheLevel() {
        AccountView applicant = titledElectrician("skentry");
        String number = submit(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION, null).caseNumber();
        as(newAccount("skoff", Role.INTEGRITY_OFFICER), () -> integrityFile.record(new IntegrityEntryRequest(applicant.idNumber(),
                applicant.displayName(), IntegrityFinding.FRAUD, "其他案件中伪造材料", java.time.LocalDate.now(), null)));

        SkillCaseSummary result = assess(number, 90, 90);

        assertThat(result.status()).isEqualTo(SkillCaseStatus.STOPPED);
        assertThat(certificates.findByCase(CertificateKind.SKILL_LEVEL, number)).isEmpty();
        assertThat(as(applicant, () -> skillCases.myLevels())).extracting(HeldSkillLevel::level).doesNotContain(SkillLevel.TECHNICIAN);
        assertThat(jdbc.queryForObject("select operational_score from tb.skill_case where case_number = ?", Integer.class, number))
                .isEqualTo(90); // the evaluation is kept
    }
}
