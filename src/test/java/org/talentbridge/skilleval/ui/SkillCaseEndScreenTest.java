package org.talentbridge.skilleval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.casefile.AchievementInput;
import org.talentbridge.casefile.AchievementKind;
import org.talentbridge.casefile.AchievementService;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.skilleval.OrganisationKind;
import org.talentbridge.skilleval.SkillApplication;
import org.talentbridge.skilleval.SkillCaseService;
import org.talentbridge.skilleval.SkillCaseStatus;
import org.talentbridge.skilleval.SkillEvaluationProcess;

/**
 * The end of a skill case as its applicant reads it: stopped by an integrity finding (never the finding's facts), or
 * withdrawn by them with a reason until the assessment.
 */
class SkillCaseEndScreenTest extends KaribuTest {

    @Autowired
    private SkillCaseService skillCases;
    @Autowired
    private org.camunda.bpm.engine.HistoryService history;
    @Autowired
    private AchievementService achievements;

    private List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void theApplicantReadsANeutralLineWhileStaffReadTheReason() {
        AccountView applicant = newAccount("skstop", Role.APPLICANT);
        String number = as(applicant, () -> {
            profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.now().minusYears(4)));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(8), null, true));
            return skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION,
                    null)).summary().caseNumber();
        });
        skillCases.stopRunningCasesOf(applicant.id(), "IC-2026-999999 FRAUD: 伪造的焊接作业记录");

        openAs(applicant);
        navigate("skill/cases/" + number);
        assertThat(paragraphs()).anyMatch(p -> p.contains("本申报已终止")).noneMatch(p -> p.contains("伪造的焊接作业记录"));

        openAs(accounts.findByUsername("integrity").orElseThrow());
        navigate("skill/cases/" + number);
        assertThat(paragraphs()).anyMatch(p -> p.contains("伪造的焊接作业记录"));
    }

    @Test
    void theApplicantWithdrawsWithAReasonUntilTheAssessment() {
        AccountView applicant = newAccount("skwd", Role.APPLICANT);
        String number = as(applicant, () -> {
            profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.now().minusYears(4)));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(8), null, true));
            return skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION,
                    null)).summary().caseNumber();
        });

        openAs(applicant);
        navigate("skill/cases/" + number);
        _click(_get(Button.class, spec -> spec.withText("撤回申请")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("撤回理由")).isInvalid()).isTrue(); // a reason is required
        _setValue(_get(TextArea.class, spec -> spec.withLabel("撤回理由")), "工作调动，暂不参加评价");
        _click(_get(Button.class, spec -> spec.withText("撤回申请")));

        assertThat(as(applicant, () -> skillCases.details(number)).orElseThrow().summary().status())
                .isEqualTo(SkillCaseStatus.WITHDRAWN);
        _assertNone(Button.class, spec -> spec.withText("撤回申请")); // nothing more to withdraw
        assertThat(history.createHistoricActivityInstanceQuery().activityId(SkillEvaluationProcess.END_WITHDRAWN)
                .processInstanceId(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).singleResult()
                        .getId()).count()).isEqualTo(1); // the process ended at EndEvent_Withdrawn
        // the evaluators' list no longer has it
        assertThat(as(accounts.findByUsername("evalsocial").orElseThrow(), () -> skillCases.evaluations(number, 0, 10))).isEmpty();
        // and it cannot be withdrawn again (nor by anyone else)
        assertThat(problemsOf(() -> as(applicant, () -> skillCases.withdraw(number, "再次")))).extracting(p -> p.field())
                .containsExactly("caseNumber");
        assertThat(problemsOf(() -> as(newAccount("skwd2", Role.APPLICANT), () -> skillCases.withdraw(number, "不是我的"))))
                .extracting(p -> p.messageKey()).containsExactly("validation.notFound");
    }

    @Test
    void aDirectApplicationIsWithdrawnOnItsPageWhileItWaitsForTheAdmissionReview() {
        AccountView applicant = newAccount("skwdadm", Role.APPLICANT);
        String number = as(applicant, () -> {
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(9), null, true));
            long prize = achievements.addAchievement(new AchievementInput(AchievementKind.COMPETITION,
                    LocalDate.now().minusYears(1), "全省电工职业技能竞赛一等奖", null, null, null, null));
            return skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION,
                    null, true, List.of(ItemRef.of(ItemKind.ACHIEVEMENT, prize)))).summary().caseNumber();
        });
        assertThat(as(applicant, () -> skillCases.details(number)).orElseThrow().summary().status())
                .isEqualTo(SkillCaseStatus.ADMISSION_REVIEW);

        openAs(applicant);
        navigate("skill/cases/" + number);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("撤回理由")), "先参加市级竞赛再申报");
        _click(_get(Button.class, spec -> spec.withText("撤回申请")));

        assertThat(as(applicant, () -> skillCases.details(number)).orElseThrow().summary().status())
                .isEqualTo(SkillCaseStatus.WITHDRAWN);
        _assertNone(Button.class, spec -> spec.withText("撤回申请"));
    }
}
