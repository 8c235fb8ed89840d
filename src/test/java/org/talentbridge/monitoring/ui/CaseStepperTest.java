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
import org.talentbridge.shared.policy.TitleLevel;

/** The case page shows where the case is: a stepper for the applicant, and the diagram for staff. */
class CaseStepperTest extends KaribuTest {

    @Autowired
    private TitleCaseService titleCases;

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
}
