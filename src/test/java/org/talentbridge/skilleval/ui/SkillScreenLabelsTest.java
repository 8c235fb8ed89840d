package org.talentbridge.skilleval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.skilleval.HeldSkillLevel;
import org.talentbridge.skilleval.OrganisationKind;
import org.talentbridge.skilleval.SkillApplication;
import org.talentbridge.skilleval.SkillCaseService;
import org.talentbridge.skilleval.SkillCaseSummary;

/**
 * The skill screens name a skill level as such (issue 12, item 6), keep case and certificate numbers whole and show
 * long organisation names on hover (item 7), and an ended skill case reads its screening as history (item 9).
 */
class SkillScreenLabelsTest extends KaribuTest {

    @Autowired
    private SkillCaseService skillCases;

    private String technicianCaseOf(AccountView applicant) {
        return as(applicant, () -> {
            profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.now().minusYears(4)));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(8), null, true));
            return skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION,
                    null)).summary().caseNumber();
        });
    }

    @Test
    void theSkillApplyFormAsksForTheTargetSkillLevelNotATitleLevel() {
        openAs(newAccount("sklabel", Role.APPLICANT));
        navigate("skill/apply");
        SkillApplyView apply = _get(SkillApplyView.class);
        assertThat(apply.targetLevel.getLabel()).isEqualTo("申报技能等级");
    }

    @Test
    void mySkillCasesSayTargetSkillLevelAndKeepNumbersWhole() {
        AccountView applicant = newAccount("skgrid", Role.APPLICANT);
        technicianCaseOf(applicant);
        openAs(applicant);
        navigate("skill/my-cases");
        MySkillCasesView mine = _get(MySkillCasesView.class);
        List<Grid.Column<SkillCaseSummary>> columns = mine.grid.getColumns();
        assertThat(columns).extracting(c -> c.getHeaderText()).contains("申报技能等级").doesNotContain("申报职称等级");
        assertThat(columns.get(0).isAutoWidth()).isTrue(); // the case number
        assertThat(columns.get(0).getFlexGrow()).isZero();
        Grid.Column<SkillCaseSummary> organisation = columns.stream().filter(c -> "评价机构".equals(c.getHeaderText()))
                .findFirst().orElseThrow();
        SkillCaseSummary row = mine.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(organisation.getTooltipGenerator().apply(row)).isEqualTo(row.organisationName());
        Grid.Column<HeldSkillLevel> certificateNumber = mine.levels.getColumns().get(3);
        assertThat(certificateNumber.getHeaderText()).isEqualTo("证书编号");
        assertThat(certificateNumber.isAutoWidth()).isTrue();
        assertThat(certificateNumber.getFlexGrow()).isZero();
    }

    @Test
    void aSkillCasePageSaysTargetSkillLevel() {
        AccountView applicant = newAccount("skpage", Role.APPLICANT);
        String number = technicianCaseOf(applicant);
        openAs(applicant);
        navigate("skill/cases/" + number);
        assertThat(_get(TextField.class, spec -> spec.withLabel("申报技能等级")).getValue()).isEqualTo("技师");
        assertThat(_find(TextField.class, spec -> spec.withLabel("申报职称等级"))).isEmpty();
        SkillCaseView page = _get(SkillCaseView.class);
        assertThat(page.ending).isNull(); // running: the screening is the current verdict
        assertThat(_find(page.screening, Paragraph.class).get(0).getText()).isEqualTo("符合申报条件，已分配评价机构");
    }

    @Test
    void aStoppedSkillCaseShowsItsEndingFirstAndItsScreeningAsHistory() {
        AccountView applicant = newAccount("skend", Role.APPLICANT);
        String number = technicianCaseOf(applicant);
        skillCases.stopRunningCasesOf(applicant.id(), "IC-2026-999997 FRAUD: 伪造的作业记录");
        openAs(applicant);
        navigate("skill/cases/" + number);
        SkillCaseView page = _get(SkillCaseView.class);
        assertThat(page.ending.getText()).isEqualTo("已终止");
        assertThat(page.indexOf(page.ending)).isLessThan(page.indexOf(page.screening));
        assertThat(_find(page.screening, Paragraph.class).get(0).getText()).startsWith("筛查时（").contains("符合申报条件");
    }
}
