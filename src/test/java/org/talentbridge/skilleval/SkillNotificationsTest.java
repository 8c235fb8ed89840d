package org.talentbridge.skilleval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.account.AccountView;
import org.talentbridge.notification.NotificationKind;
import org.talentbridge.notification.NotificationRow;
import org.talentbridge.notification.NotificationService;
import org.talentbridge.shared.policy.SkillLevel;

/** Pathway S tells people what they need to do or know: evaluators of new evaluations, applicants of outcomes. */
class SkillNotificationsTest extends SkillEvaluationTestSupport {

    @Autowired
    private NotificationService notifications;

    private List<NotificationRow> of(AccountView account, String caseNumber) {
        return as(account, () -> notifications.page(0, 500, Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(n -> caseNumber.equals(n.caseNumber())).toList();
    }

    @Test
    void theOrganisationsEvaluatorsHearOfANewEvaluation_andTheApplicantOfTheOutcome() {
        AccountView applicant = titledElectrician("sknote");
        String number = submit(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION, null).caseNumber();

        assertThat(of(evaluatorOf(SOCIAL), number)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.NEW_TASK);
            assertThat(n.link()).isEqualTo("skill/evaluation/" + taskOf(number));
        });
        assertThat(of(evaluatorOf(APPRAISAL), number)).isEmpty(); // another organisation hears nothing
        assertThat(of(applicant, number)).isEmpty(); // they saw the move on their own screen

        assess(number, 80, 75);

        assertThat(of(applicant, number)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CASE_DECIDED);
            assertThat(n.link()).isEqualTo("skill/cases/" + number);
            assertThat(n.text()).contains(number).contains("通过");
        });
    }

    @Test
    void aDirectApplicationsAdmissionReviewIsLinkedToItsScreen_andTheApplicantHearsOfTheRefusal() {
        AccountView applicant = newAccount("s5note", org.talentbridge.account.Role.APPLICANT);
        signIn(applicant);
        profiles.addWorkPeriod(new org.talentbridge.applicant.WorkPeriodInput(SHIPYARD, "电工", java.time.LocalDate.now().minusYears(9),
                null, true));
        long prize = achievements.addAchievement(new org.talentbridge.casefile.AchievementInput(
                org.talentbridge.casefile.AchievementKind.COMPETITION, java.time.LocalDate.now().minusYears(1), "市级竞赛三等奖",
                null, null, null, null));
        String number = skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION,
                null, true, List.of(org.talentbridge.casefile.ItemRef.of(org.talentbridge.casefile.ItemKind.ACHIEVEMENT, prize))))
                .summary().caseNumber();

        assertThat(of(evaluatorOf(SOCIAL), number)).singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("skill/admission/" + taskOf(number)));
        assertThat(of(applicant, number)).isEmpty(); // their own click: no news

        as(evaluatorOf(SOCIAL), () -> skillCases.decideAdmission(taskOf(number), false, "未达到技师水平"));

        assertThat(of(applicant, number)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CASE_DECIDED);
            assertThat(n.text()).contains(number).contains("不予受理");
        });
    }

    @Autowired
    private org.talentbridge.casefile.AchievementService achievements;
}
