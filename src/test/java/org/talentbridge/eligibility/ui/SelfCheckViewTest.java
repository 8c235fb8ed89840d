package org.talentbridge.eligibility.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.AssessmentInput;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.eligibility.Check;
import org.talentbridge.shared.policy.TitleLevel;

class SelfCheckViewTest extends KaribuTest {

    @Test
    void aWelderSeesThatIntermediateIsOpenAndWhy() {
        openAs(accounts.findByUsername("wanghan").orElseThrow());
        navigate("self-check");
        SelfCheckView view = _get(SelfCheckView.class);
        _setValue(view.occupation, "焊工");
        _setValue(view.series, "工程技术");
        _setValue(view.targetLevel, TitleLevel.INTERMEDIATE);
        _click(view.check);

        assertThat(view.checklist.isVisible()).isTrue();
        assertThat(view.checklist.verdict.getText()).isEqualTo("符合申报条件，最高可申报中级");
        assertThat(view.checklist.shown()).extracting(Check::rule).contains("T0", "T1", "T2.2", "T4");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(view.checklist.grid, 0)).contains("T0", "符合");
        assertThat(view.checklist.rulesVersion.getText()).startsWith("规则版本：ZJ2022-77/");
    }

    @Test
    void anEmptyProfileIsToldWhatIsMissing() {
        openAs(newAccount("uiselfempty", Role.APPLICANT));
        navigate("self-check");
        SelfCheckView view = _get(SelfCheckView.class);
        _setValue(view.occupation, "家具设计师");
        _setValue(view.targetLevel, TitleLevel.ASSISTANT);
        _setValue(view.referenceDate, LocalDate.of(2026, 12, 31));
        _click(view.check);

        assertThat(view.checklist.verdict.getText()).startsWith("不符合申报条件");
        assertThat(view.checklist.shown()).filteredOn(c -> c.outcome() == Check.Outcome.NOT_MET)
                .extracting(Check::rule).contains("T1", "T2", "T4");
    }

    @Test
    void missingChoicesAreShownBesideTheirFields() {
        openAs(accounts.findByUsername("wanghan").orElseThrow());
        navigate("self-check");
        SelfCheckView view = _get(SelfCheckView.class);
        _setValue(view.occupation, "焊工");
        _click(view.check);
        assertThat(view.targetLevel.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(view.series.getErrorMessage()).startsWith("该职业（工种）对应两个职称系列");
        assertThat(view.checklist.isVisible()).isFalse();
    }

    @Test
    void aJobChangeFromOneDayToTheNextIsContinuousWork_theTechnicianIsThreeFullYearsOnTheReferenceDate() {
        AccountView applicant = newAccount("uiselftouch", Role.APPLICANT);
        as(applicant, () -> {
            profiles.addCertificate(new CertificateInput(SkillLevel.TECHNICIAN, "焊工", LocalDate.of(2023, 12, 31),
                    "T-" + applicant.username(), "鉴定中心"));
            profiles.addWorkPeriod(new WorkPeriodInput("舟山船厂", "焊工", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 15), true));
            profiles.addWorkPeriod(new WorkPeriodInput("舟山中远海运重工有限公司", "焊工", LocalDate.of(2024, 6, 16), null, true));
            for (int y = 2023; y <= 2025; y++) {
                profiles.addAssessment(new AssessmentInput(y, AssessmentResult.QUALIFIED));
            }
            return null;
        });
        openAs(applicant);
        navigate("self-check");
        SelfCheckView view = _get(SelfCheckView.class);
        _setValue(view.occupation, "焊工");
        _setValue(view.series, "工程技术");
        _setValue(view.targetLevel, TitleLevel.INTERMEDIATE);
        _setValue(view.referenceDate, LocalDate.of(2026, 12, 31));
        _click(view.check);

        assertThat(view.checklist.verdict.getText()).isEqualTo("符合申报条件，最高可申报中级");
        assertThat(view.checklist.shown()).filteredOn(c -> c.rule().equals("T2.2"))
                .singleElement().satisfies(c -> assertThat(c.isMet()).isTrue());
    }

    @Test
    void reviewersHaveNoSelfCheck() {
        openAs(accounts.findByUsername("reviewer").orElseThrow());
        assertNavigationDenied("self-check", SelfCheckView.class);
    }
}
