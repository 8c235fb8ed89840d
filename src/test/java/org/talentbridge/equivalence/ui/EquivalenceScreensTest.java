package org.talentbridge.equivalence.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.certificate.ui.VerifyView;
import org.talentbridge.equivalence.EquivalenceConfirmation;
import org.talentbridge.equivalence.ExamField;
import org.talentbridge.shared.policy.TechnicalSchoolClass;

/** Pathway Q through the screens alone (browserless): the demo graduate, exam offices, who may open what. */
class EquivalenceScreensTest extends KaribuTest {

    private AccountView graduate(String prefix, TechnicalSchoolClass schoolClass) {
        AccountView applicant = newAccount(prefix, Role.APPLICANT);
        as(applicant, () -> {
            profiles.saveFacts(new EmployerFacts(SHIPYARD, false, false, schoolClass));
            return null;
        });
        return applicant;
    }

    @Test
    void theDemoGraduateObtainsAConfirmationThroughTheScreensAndItVerifies() {
        AccountView sunhui = accounts.findByUsername("sunhui").orElseThrow();
        openAs(sunhui);
        navigate("");
        SideNavItem entry = _find(SideNavItem.class).stream().filter(i -> "学历视同确认".equals(i.getLabel())).findFirst().orElseThrow();
        navigate(entry.getPath());

        MyEquivalenceView view = _get(MyEquivalenceView.class);
        assertThat(view.schoolClass.getValue()).isEqualTo("高级工班");
        _setValue(view.examField, ExamField.ACCOUNTING);
        _click(view.submit);

        assertThat(view.answer.getText()).startsWith("已出具确认书 ZJXS-")
                .contains("高级工班毕业生报考会计专业技术资格考试，学历视同大专");
        assertThat(_size(view.grid)).isEqualTo(1);
        EquivalenceConfirmation row = _fetch(view.grid, 0, 1).get(0);
        assertThat(row.granted()).isTrue();
        assertThat(_find(view.grid, Anchor.class)).isEmpty(); // links live in the grid's renderer, checked below
        String verifyHref = "verify/" + row.verificationCode();

        // the same request again shows the first confirmation
        _click(view.submit);
        assertThat(view.answer.getText()).startsWith("此前已为同一考试出具过确认书").contains(row.certificateNumber());
        assertThat(_size(view.grid)).isEqualTo(1);

        openAs(null);
        navigate(verifyHref);
        _get(VerifyView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("证书真实有效");
        assertThat(_get(TextField.class, spec -> spec.withLabel("证书类别")).getValue()).isEqualTo("报考条件等同确认书");
        assertThat(_get(TextField.class, spec -> spec.withLabel("报考考试")).getValue()).isEqualTo("会计专业技术资格考试");
        assertThat(_get(TextField.class, spec -> spec.withLabel("视同学历")).getValue()).isEqualTo("大专");
        assertThat(_get(TextField.class, spec -> spec.withLabel("持证人")).getValue()).isEqualTo("孙*");
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "本确认书证明：持证人系技工院校高级工班毕业，报考会计专业技术资格考试时视同大专学历。"))).isNotNull();
    }

    @Test
    void anApplicantWhoChoosesNoExamIsToldBesideTheField() {
        openAs(graduate("qui", TechnicalSchoolClass.SENIOR_WORKER_CLASS));
        navigate("equivalence");

        MyEquivalenceView view = _get(MyEquivalenceView.class);
        _click(view.submit);

        assertThat(view.examField.isInvalid()).isTrue();
        assertThat(view.examField.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(view.answer.isVisible()).isFalse();
    }

    @Test
    void anApplicantWithoutASchoolClassIsRefusedWithTheReason() {
        openAs(graduate("quinone", null));
        navigate("equivalence");

        MyEquivalenceView view = _get(MyEquivalenceView.class);
        assertThat(view.schoolClass.getValue()).isEqualTo("未登记");
        _setValue(view.examField, ExamField.AUDIT);
        _click(view.submit);

        assertThat(view.answer.getText()).startsWith("不予确认：个人信息中未登记技工院校班级");
        assertThat(_fetch(view.grid, 0, 1).get(0).certificateNumber()).isNull();
    }

    @Test
    void anExamOfficeUserConfirmsForAnApplicantAndLooksItUpWithTheIdNumberMasked() {
        AccountView graduate = graduate("quioffice", TechnicalSchoolClass.INTERMEDIATE_WORKER_CLASS);
        openAs(newAccount("quiexam", Role.EXAM_OFFICE));
        navigate("equivalence/office");

        ExamOfficeEquivalenceView view = _get(ExamOfficeEquivalenceView.class);
        _setValue(view.idNumber, "330902199001011239x");
        _setValue(view.examField, ExamField.LEGAL_PROFESSION);
        _click(view.submit);
        assertThat(view.idNumber.isInvalid()).isTrue();
        assertThat(view.idNumber.getErrorMessage()).startsWith("身份证号码无效");

        _setValue(view.idNumber, graduate.idNumber());
        _click(view.submit);
        assertThat(view.idNumber.isInvalid()).isFalse();
        assertThat(view.answer.getText()).contains("不予确认", "国家统一法律职业资格考试");

        _setValue(view.examField, ExamField.ECONOMICS);
        _click(view.submit);
        assertThat(view.answer.getText()).contains("已出具确认书", "中专");

        _setValue(view.filter, graduate.idNumber());
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_fetch(view.grid, 0, 2)).allSatisfy(c -> {
            assertThat(c.personName()).isEqualTo(graduate.displayName());
            assertThat(c.personIdMasked()).isNotEqualTo(graduate.idNumber()).contains("*");
        });
    }

    @Test
    void applicantsAndExamOfficesOpenOnlyTheirOwnScreen() {
        openAs(graduate("quiden", TechnicalSchoolClass.SENIOR_WORKER_CLASS));
        assertNavigationDenied("equivalence/office", ExamOfficeEquivalenceView.class);

        openAs(newAccount("quidenexam", Role.EXAM_OFFICE));
        assertNavigationDenied("equivalence", MyEquivalenceView.class);

        openAs(newAccount("quidenrev", Role.REVIEWER));
        assertNavigationDenied("equivalence/office", ExamOfficeEquivalenceView.class);
    }
}
