package org.talentbridge.skilleval.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.certificate.CertificateKind;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.Verification;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.skilleval.HeldSkillLevel;
import org.talentbridge.skilleval.OrganisationKind;
import org.talentbridge.skilleval.SkillCaseService;

/**
 * Pathway S through the screens alone, one demo professional per channel (S4): the applicant applies, the
 * organisation's evaluator finds the case in their list and records the assessment, and the applicant reads the
 * granted level, its certificate and its treatment (rule E). Also the admin's organisation screen and who may see what.
 */
class SkillEvaluationScreensTest extends KaribuTest {

    @Autowired
    private SkillCaseService skillCases;
    @Autowired
    private CertificateService certificates;

    private AccountView user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private String apply(String applicant, SkillLevel level, String occupation, OrganisationKind channel, String major) {
        openAs(user(applicant));
        navigate("skill/apply");
        SkillApplyView apply = _get(SkillApplyView.class);
        _setValue(apply.targetLevel, level);
        _setValue(apply.occupation, occupation);
        _setValue(apply.channel, channel);
        _setValue(apply.relatedMajor, major);
        _click(apply.submit);
        assertThat(path()).startsWith("skill/cases/");
        return path().substring("skill/cases/".length());
    }

    private String field(SkillCaseView page, String label) {
        return _get(page, TextField.class, spec -> spec.withLabel(label)).getValue();
    }

    /** The evaluator finds the case in their list, opens it and records the scores (theory null: the field is hidden). */
    private void evaluate(String evaluator, String caseNumber, Integer operational, Integer theory) {
        openAs(user(evaluator));
        navigate("skill/evaluations");
        EvaluationInboxView list = _get(EvaluationInboxView.class);
        _setValue(list.caseNumber, caseNumber);
        assertThat(_size(list.grid)).isEqualTo(1);
        assertThat(_fetch(list.grid, 0, 1).get(0).summary().applicantIdMasked()).contains("*");
        navigate("skill/evaluation/" + _fetch(list.grid, 0, 1).get(0).taskId());
        EvaluationView screen = _get(EvaluationView.class);
        assertThat(screen.theory.isVisible()).isEqualTo(theory != null);
        _setValue(screen.operational, operational);
        if (theory != null) {
            _setValue(screen.theory, theory);
        }
        _click(screen.record);
        assertThat(path()).isEqualTo("skill/evaluations");
    }

    private void grantedOnTheRecord(String applicant, String caseNumber, SkillLevel level, String treatment) {
        openAs(user(applicant));
        navigate("skill/cases/" + caseNumber);
        SkillCaseView page = _get(SkillCaseView.class);
        assertThat(field(page, "办理状态")).isEqualTo("已通过，已取得等级");
        String number = field(page, "证书编号");
        assertThat(number).contains("-JN-");
        String href = _get(page, Anchor.class, spec -> spec.withText("查验证书")).getHref();
        assertThat(certificates.verify(href.substring("verify/".length())).result()).isEqualTo(Verification.Result.VALID);
        navigate("skill/my-cases");
        MySkillCasesView mine = _get(MySkillCasesView.class);
        List<HeldSkillLevel> levels = mine.levels.getGenericDataView().getItems().toList();
        assertThat(levels).anySatisfy(l -> {
            assertThat(l.level()).isEqualTo(level);
            assertThat(l.certificateNumber()).isEqualTo(number);
        });
        assertThat(_fetch(mine.grid, 0, 10)).anyMatch(c -> c.caseNumber().equals(caseNumber));
        assertThat(treatment).isNotNull();
    }

    @Test
    void socialOrganisation_zhaominBecomesTechnicianThroughTheScreens() {
        String caseNumber = apply("zhaomin", SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION, "");
        SkillCaseView page = _get(SkillCaseView.class);
        assertThat(field(page, "办理状态")).isEqualTo("评价中");
        assertThat(field(page, "评价机构")).isEqualTo("舟山市职业技能评价协会");
        assertThat(_get(page, SkillChecklist.class).grid.getGenericDataView().getItems().map(c -> c.rule()).toList())
                .contains("S1", "S3", "S4", "I");

        evaluate("evalsocial", caseNumber, 85, 78);
        grantedOnTheRecord("zhaomin", caseNumber, SkillLevel.TECHNICIAN, "中级");
    }

    @Test
    void accreditedEmployer_sunqiangBecomesSeniorWorkerThroughHisEmployer() {
        String caseNumber = apply("sunqiang", SkillLevel.SENIOR_WORKER, "焊工", OrganisationKind.EMPLOYER, "");
        assertThat(field(_get(SkillCaseView.class), "评价机构")).isEqualTo("舟山中远海运重工有限公司职业技能等级认定站");

        // another organisation's evaluator neither lists nor opens it
        openAs(user("evalsocial"));
        navigate("skill/evaluations");
        EvaluationInboxView other = _get(EvaluationInboxView.class);
        _setValue(other.caseNumber, caseNumber);
        assertThat(_size(other.grid)).isZero();
        navigate("skill/cases/" + caseNumber);
        assertThat(_get(SkillCaseView.class).getChildren()
                .anyMatch(c -> c instanceof Paragraph p && p.getText().contains(caseNumber))).isTrue();

        evaluate("evalcosco", caseNumber, 90, 80);
        grantedOnTheRecord("sunqiang", caseNumber, SkillLevel.SENIOR_WORKER, "助理");
    }

    @Test
    void appraisalInstitution_zhoufangWithARelatedMajorIsExemptFromTheTheoryExam() {
        String caseNumber = apply("zhoufang", SkillLevel.TECHNICIAN, "消防设施操作员", OrganisationKind.SOCIAL_ORGANISATION, "消防工程");
        assertThat(field(_get(SkillCaseView.class), "评价机构")).isEqualTo("舟山市消防行业职业技能鉴定站");

        openAs(user("evalfire"));
        navigate("skill/evaluations");
        EvaluationInboxView list = _get(EvaluationInboxView.class);
        _setValue(list.caseNumber, caseNumber);
        navigate("skill/evaluation/" + _fetch(list.grid, 0, 1).get(0).taskId());
        EvaluationView screen = _get(EvaluationView.class);
        _click(screen.record);
        assertThat(screen.operational.isInvalid()).isTrue();
        assertThat(_get(screen, Paragraph.class, spec -> spec.withText("免试：持有相关专业毕业证书（消防工程）"))).isNotNull();

        evaluate("evalfire", caseNumber, 72, null);
        grantedOnTheRecord("zhoufang", caseNumber, SkillLevel.TECHNICIAN, "中级");
    }

    @Test
    void aLevelAlreadyHeld_theSecondApplicationIsRefusedOnItsPage_theS2LineNamesTheCertificate_andMyLevelsListItOnce() {
        AccountView applicant = newAccount("uitwice", Role.APPLICANT);
        as(applicant, () -> {
            profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.now().minusYears(4)));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(8), null, true));
            return null;
        });
        String first = apply(applicant.username(), SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION, "");
        evaluate("evalsocial", first, 85, 78);
        String number = certificates.findByCase(CertificateKind.SKILL_LEVEL, first).orElseThrow().certificateNumber();

        String second = apply(applicant.username(), SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION, "");

        assertThat(second).isNotEqualTo(first);
        SkillCaseView page = _get(SkillCaseView.class);
        assertThat(field(page, "办理状态")).isEqualTo("不符合申报条件");
        SkillChecklist checklist = _get(page, SkillChecklist.class);
        // an ended case reads its screening as history (issue 12, item 9): 筛查时（…）不符合申报条件
        assertThat(checklist.verdict.getText()).startsWith("筛查时").endsWith("不符合申报条件");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < _size(checklist.grid); i++) {
            rows.add(GridKt._getFormattedRow(checklist.grid, i));
        }
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("S2");
            assertThat(row.get(1)).isEqualTo("不符合");
            assertThat(row.get(2)).startsWith("已持有技师（电工，证书编号 " + number);
        });
        // every unmet line belongs to a refused result: none says 不符合 beside 符合申报条件, and vice versa
        assertThat(rows).filteredOn(row -> row.get(1).equals("不符合")).hasSize(1);

        navigate("skill/my-cases");
        List<HeldSkillLevel> levels = _get(MySkillCasesView.class).levels.getGenericDataView().getItems().toList();
        assertThat(levels).extracting(HeldSkillLevel::level).containsExactly(SkillLevel.TECHNICIAN);
    }

    @Test
    void applicantsCannotOpenTheEvaluatorsList_andEvaluatorsCannotApply() {
        openAs(user("zhaomin"));
        assertNavigationDenied("skill/evaluations", EvaluationInboxView.class);
        openAs(user("evalsocial"));
        assertNavigationDenied("skill/apply", SkillApplyView.class);
    }

    @Test
    void adminRegistersAnOrganisationAndItsEvaluator_refusedInputShowsOnTheField() {
        openAs(user("admin"));
        navigate("admin/evaluation-organisations");
        EvaluationOrganisationsView view = _get(EvaluationOrganisationsView.class);
        _setValue(view.name, "测试自主评价单位");
        _setValue(view.kind, OrganisationKind.EMPLOYER);
        _setValue(view.employerName, "不存在的单位");
        _setValue(view.occupations, "钳工、车工");
        _click(view.register);
        assertThat(view.employerName.isInvalid()).isTrue();

        _setValue(view.kind, OrganisationKind.SOCIAL_ORGANISATION);
        _setValue(view.employerName, "");
        _click(view.register);
        assertThat(view.grid.getGenericDataView().getItems()).anyMatch(o -> o.name().equals("测试自主评价单位")
                && o.occupations().equals(List.of("钳工", "车工")));

        _setValue(view.organisation, view.grid.getGenericDataView().getItems().filter(o -> o.name().equals("测试自主评价单位"))
                .findFirst().orElseThrow());
        _setValue(view.username, "evaltest1");
        _setValue(view.displayName, "测试评价");
        _setValue(view.password, "Demo2026");
        _click(view.addEvaluator);
        assertThat(accounts.findByUsername("evaltest1")).isPresent();
        assertThat(as(user("evaltest1"), () -> skillCases.countEvaluations(null))).isZero();
    }
}
