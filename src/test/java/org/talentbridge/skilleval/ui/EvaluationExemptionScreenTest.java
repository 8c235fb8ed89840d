package org.talentbridge.skilleval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.skilleval.OrganisationKind;
import org.talentbridge.skilleval.SkillApplication;
import org.talentbridge.skilleval.SkillCaseService;
import org.talentbridge.skilleval.SkillCaseStatus;

/** S3 on the evaluator's screen: a declared related major hides the theory exam until the evaluator refuses it. */
class EvaluationExemptionScreenTest extends KaribuTest {

    @Autowired
    private SkillCaseService skillCases;
    @Autowired
    private TaskService tasks;

    @Test
    void theEvaluatorRefusesTheExemptionAndEntersTheTheoryScore() {
        AccountView applicant = newAccount("skexui", Role.APPLICANT);
        String number = as(applicant, () -> {
            profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.now().minusYears(4)));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(8), null, true));
            return skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION,
                    "工商管理")).summary().caseNumber();
        });
        String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();

        openAs(accounts.findByUsername("evalsocial").orElseThrow());
        navigate("skill/evaluation/" + task);
        EvaluationView view = _get(EvaluationView.class);
        assertThat(view.theory.isVisible()).isFalse(); // exempt as declared
        _setValue(view.refuseExemption, true);
        assertThat(view.theory.isVisible()).isTrue();
        _setValue(view.operational, 85);
        _click(view.record);
        assertThat(view.theory.isInvalid()).isTrue(); // refused: the theory score is required
        _setValue(view.theory, 72);
        _click(view.record);

        AccountView admin = accounts.findByUsername("admin").orElseThrow();
        var details = as(admin, () -> skillCases.details(number)).orElseThrow();
        assertThat(details.summary().status()).isEqualTo(SkillCaseStatus.PASSED);
        assertThat(details.theoryExempt()).isFalse();
        assertThat(details.theoryScore()).isEqualTo(72);
    }
}
