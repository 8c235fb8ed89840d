package org.talentbridge.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.casework.CaseSummary;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

/** Achievements (T5) and training hours (T2.5): validation, documents, frozen with the case, totals per year. */
class AchievementServiceTest extends IntegrationTest {

    @Autowired
    private AchievementService achievements;
    @Autowired
    private CaseFileService caseFiles;
    @Autowired
    private TitleCaseService cases;

    private static TrainingInput hours(int year, String hours) {
        return new TrainingInput(year, "焊接新工艺", "舟山技师学院", new BigDecimal(hours));
    }

    @Test
    void passingOnSkillsNeedsTheApprenticesThePeriodAndWhatTheyReached() {
        eligibleWelder("achv");
        LocalDate day = LocalDate.of(2024, 6, 1);

        assertThat(problemsOf(() -> achievements.addAchievement(new AchievementInput(AchievementKind.APPRENTICES, day,
                "带徒两名", null, null, null, " "))))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("apprenticeNames", "apprenticeFrom", "apprenticeOutcome");
        assertThat(problemsOf(() -> achievements.addAchievement(new AchievementInput(AchievementKind.APPRENTICES, day,
                "带徒两名", "张三、李四", day, day.minusDays(1), "均取得高级工"))))
                .extracting(FieldProblem::field).containsExactly("apprenticeTo");
        assertThat(problemsOf(() -> achievements.addAchievement(new AchievementInput(AchievementKind.PATENT,
                LocalDate.now().plusDays(1), "", null, null, null, null))))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("achievedOn", "description");

        achievements.addAchievement(new AchievementInput(AchievementKind.APPRENTICES, day, "带徒两名", "张三、李四", day,
                day, "均取得高级工"));
        achievements.addAchievement(new AchievementInput(AchievementKind.COMPETITION, day, "省焊工技能大赛二等奖", null, null,
                null, null));
        assertThat(achievements.mine().achievements()).extracting(Achievement::kind)
                .containsExactly(AchievementKind.APPRENTICES, AchievementKind.COMPETITION);
    }

    @Test
    void trainingHoursAreRefusedAtTheirBoundsAndTotalledPerYear() {
        eligibleWelder("train");
        int last = Year.now().getValue() - 1;

        assertThat(problemsOf(() -> achievements.addTraining(hours(last, "0.4")))).extracting(FieldProblem::field).containsExactly("hours");
        assertThat(problemsOf(() -> achievements.addTraining(hours(last, "2000.1")))).extracting(FieldProblem::field).containsExactly("hours");
        assertThat(problemsOf(() -> achievements.addTraining(hours(last + 2, "8")))).extracting(FieldProblem::messageKey)
                .containsExactly("validation.yearInFuture");
        achievements.addTraining(hours(last, "0.5"));
        achievements.addTraining(hours(last, "2000"));
        achievements.addTraining(hours(last - 1, "24"));

        assertThat(achievements.mine().hoursPerYear()).containsExactly(Map.entry(last - 1, new BigDecimal("24.0")),
                Map.entry(last, new BigDecimal("2000.5")));
    }

    @Test
    void achievementsTrainingAndTheirDocumentsAreFrozenWithTheCaseAndDoNotDecideEligibility() {
        eligibleWelder("achfreeze");
        long award = achievements.addAchievement(new AchievementInput(AchievementKind.INNOVATION, LocalDate.of(2023, 3, 1),
                "焊接工装改进，效率提高 30%", null, null, null, null));
        long course = achievements.addTraining(hours(Year.now().getValue() - 1, "32"));
        caseFiles.upload(ItemRef.of(ItemKind.ACHIEVEMENT, award), Documents.pdfFile("革新证明.pdf", "innovation"));
        caseFiles.upload(ItemRef.of(ItemKind.TRAINING, course), Documents.pdfFile("学时证明.pdf", "hours"));
        CaseSummary submitted = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true));

        achievements.removeAchievement(award);
        achievements.addTraining(hours(Year.now().getValue() - 1, "100"));

        CaseRecords frozen = caseFiles.caseRecords(submitted.caseNumber());
        assertThat(frozen.achievements()).extracting(Achievement::description).containsExactly("焊接工装改进，效率提高 30%");
        assertThat(frozen.hoursPerYear()).containsExactly(Map.entry(Year.now().getValue() - 1, new BigDecimal("32.0")));
        assertThat(caseFiles.caseFile(submitted.caseNumber())).extracting(d -> d.item().kind())
                .containsExactlyInAnyOrder(ItemKind.ACHIEVEMENT, ItemKind.TRAINING);
        assertThat(submitted.status().isActive()).isTrue(); // screened as without them: they decide nothing

        long theirs = achievements.addAchievement(new AchievementInput(AchievementKind.PATENT, LocalDate.of(2022, 1, 1),
                "实用新型专利", null, null, null, null));
        eligibleWelder("achnosy");
        assertThatThrownBy(() -> caseFiles.upload(ItemRef.of(ItemKind.ACHIEVEMENT, theirs), Documents.pdfFile("x.pdf", "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> achievements.removeAchievement(theirs)).isInstanceOf(AccessDeniedException.class);
    }
}
