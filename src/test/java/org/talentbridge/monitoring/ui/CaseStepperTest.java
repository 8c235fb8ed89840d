package org.talentbridge.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.skilleval.SkillApplication;
import org.talentbridge.skilleval.SkillCaseService;
import org.talentbridge.skilleval.ui.SkillCaseView;
import java.time.LocalDate;

/** The case page shows where the case is: a stepper for the applicant, and the diagram for staff. */
class CaseStepperTest extends KaribuTest {

    @Autowired
    private TitleCaseService titleCases;
    @Autowired
    private SkillCaseService skillCases;

    @Test
    void theApplicantSeesTheStagesDoneNowAndNextInTheirLanguageAndNoDiagram() {
        AccountView applicant = eligibleWelder("monstep");
        String number = titleCases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        openAs(applicant);
        navigate("cases/" + number);
        assertThat(_get(CaseStepper.class).texts()).containsExactly("✓ 资格筛查", "● 单位审核", "○ 资格审核", "○ 评委会评审",
                "○ 诚信核查", "○ 公示", "○ 授予职称");
        assertThat(_find(BpmnDiagram.class)).isEmpty();

        openAs(newAccount("monstepadm", Role.ADMIN));
        navigate("cases/" + number);
        BpmnDiagram diagram = _get(BpmnDiagram.class);
        assertThat(diagram.current()).containsExactly("Task_EmployerReview");
        assertThat(diagram.passed()).contains("Task_Screening");
    }

    @Test
    void theSkillCasePageShowsTheStepperToItsApplicantAndTheDiagramToStaff() {
        AccountView applicant = newAccount("monstepskl", Role.APPLICANT);
        signIn(applicant);
        profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.now().minusYears(4)));
        profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(8), null, true));
        String number = skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", null, null)).summary().caseNumber();

        openAs(applicant);
        navigate("skill/cases/" + number);
        CaseWhereabouts where = _get(SkillCaseView.class).getChildren().filter(CaseWhereabouts.class::isInstance)
                .map(CaseWhereabouts.class::cast).findFirst().orElseThrow();
        assertThat(where.stepper.texts()).containsExactly("✓ 资格筛查", "● 技能评价", "○ 核发证书");
        assertThat(where.diagram).isNull();

        openAs(newAccount("monstepskladm", Role.ADMIN));
        navigate("skill/cases/" + number);
        BpmnDiagram diagram = _get(BpmnDiagram.class);
        assertThat(diagram.current()).containsExactly("Task_Evaluation");
    }
}
