package org.talentbridge.skilleval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.casefile.AchievementInput;
import org.talentbridge.casefile.AchievementKind;
import org.talentbridge.casefile.AchievementService;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.Documents;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.skilleval.SkillCaseService;
import org.talentbridge.skilleval.SkillCaseStatus;

/**
 * S5 on screen: the applicant ticks "直接申报 (S5)" and picks evidence on the apply screen; the evaluator's admission
 * review shows the evidence and the frozen case file, refuses without a reason only with a field error, and admits.
 */
class AdmissionReviewScreenTest extends KaribuTest {

    @Autowired
    private SkillCaseService skillCases;
    @Autowired
    private TaskService tasks;
    @Autowired
    private AchievementService achievements;
    @Autowired
    private CaseFileService caseFiles;

    @Test
    void theApplicantAppliesDirectlyAndTheEvaluatorReadsTheEvidenceAndTheCaseFileAndAdmits() {
        AccountView applicant = newAccount("s5ui", Role.APPLICANT);
        as(applicant, () -> {
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(9), null, true));
            long id = achievements.addAchievement(new AchievementInput(AchievementKind.COMPETITION, LocalDate.now().minusYears(1),
                    "全国电工职业技能大赛银奖", null, null, null, null));
            return caseFiles.upload(ItemRef.of(ItemKind.ACHIEVEMENT, id), Documents.pdfFile("银奖证书.pdf", "silver"));
        });

        openAs(applicant);
        navigate("skill/apply");
        SkillApplyView apply = _get(SkillApplyView.class);
        _setValue(apply.targetLevel, SkillLevel.TECHNICIAN);
        _setValue(apply.occupation, "电工");
        assertThat(apply.evidence.isVisible()).isFalse();
        _setValue(apply.direct, true);
        assertThat(apply.evidence.isVisible()).isTrue();
        _click(apply.submit);
        assertThat(apply.evidence.isInvalid()).isTrue(); // direct without evidence: the field says so
        _setValue(apply.evidence, Set.copyOf(apply.evidence.getListDataView().getItems().toList()));
        _click(apply.submit);
        SkillCaseView page = _get(SkillCaseView.class);
        assertThat(page.evidence.getChildren().count()).isEqualTo(1);
        String number = as(applicant, () -> skillCases.myCases()).get(0).caseNumber();
        assertThat(as(applicant, () -> skillCases.myCases()).get(0).status()).isEqualTo(SkillCaseStatus.ADMISSION_REVIEW);

        String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        openAs(accounts.findByUsername("evalsocial").orElseThrow());
        navigate("skill/evaluations");
        navigate("skill/admission/" + task);
        AdmissionReviewView review = _get(AdmissionReviewView.class);
        assertThat(review.evidence.getChildren().count()).isEqualTo(1);
        assertThat(review.caseFile.documents()).singleElement()
                .satisfies(d -> assertThat(d.version().fileName()).isEqualTo("银奖证书.pdf"));
        _click(review.refuse);
        assertThat(review.reason.isInvalid()).isTrue(); // a refusal needs its reason
        _click(review.admit);

        var details = as(accounts.findByUsername("admin").orElseThrow(), () -> skillCases.details(number)).orElseThrow();
        assertThat(details.summary().status()).isEqualTo(SkillCaseStatus.EVALUATION);
        assertThat(details.admitted()).isTrue();
    }

    @Test
    void aRefusedDirectApplicationShowsTheApplicantTheReasonOnTheCasePage() {
        AccountView applicant = newAccount("s5uir", Role.APPLICANT);
        String number = as(applicant, () -> {
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(9), null, true));
            long id = achievements.addAchievement(new AchievementInput(AchievementKind.INNOVATION, LocalDate.now().minusYears(1),
                    "配电柜改造", null, null, null, null));
            return skillCases.submit(new org.talentbridge.skilleval.SkillApplication(SkillLevel.TECHNICIAN, "电工",
                    org.talentbridge.skilleval.OrganisationKind.SOCIAL_ORGANISATION, null, true,
                    java.util.List.of(ItemRef.of(ItemKind.ACHIEVEMENT, id)))).summary().caseNumber();
        });
        String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        openAs(accounts.findByUsername("evalsocial").orElseThrow());
        navigate("skill/admission/" + task);
        AdmissionReviewView review = _get(AdmissionReviewView.class);
        _setValue(review.reason, "革新成果未附证明材料，无法认定已达到技师水平");
        _click(review.refuse);

        openAs(applicant);
        navigate("skill/cases/" + number);
        SkillCaseView page = _get(SkillCaseView.class);
        assertThat(page.ending.getText()).isEqualTo("直接申报不予受理");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(page, com.vaadin.flow.component.html.Paragraph.class))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .anyMatch(t -> t.contains("革新成果未附证明材料，无法认定已达到技师水平"));
        assertThat(page.evidence.getChildren().count()).isEqualTo(1);
    }
}
