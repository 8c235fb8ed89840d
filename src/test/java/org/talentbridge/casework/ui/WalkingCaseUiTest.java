package org.talentbridge.casework.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.InboxScope;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.ui.Checklist;
import org.talentbridge.shared.policy.TitleLevel;

/** The walking case through the screens: an applicant applies, a reviewer finds, claims and opens it. */
class WalkingCaseUiTest extends KaribuTest {

    private String applyAsWelder() {
        return applyAs(accounts.findByUsername("wanghan").orElseThrow());
    }

    private String applyAs(AccountView applicant) {
        openAs(applicant);
        navigate("apply");
        ApplyView apply = _get(ApplyView.class);
        _setValue(apply.occupation, "焊工");
        assertThat(apply.series.isEnabled()).isTrue();
        _setValue(apply.series, "工程技术");
        _setValue(apply.targetLevel, TitleLevel.INTERMEDIATE);
        _setValue(apply.ethics, true);
        _click(apply.submit);

        CaseView page = _get(CaseView.class);
        String caseNumber = _get(page, TextField.class, spec -> spec.withLabel("申报编号")).getValue();
        assertThat(caseNumber).startsWith("ZC");
        assertThat(_get(page, TextField.class, spec -> spec.withLabel("办理状态")).getValue()).isEqualTo("资格审核中");
        Checklist checklist = _get(page, Checklist.class);
        assertThat(checklist.shown()).extracting(Check::rule).contains("T2.2");
        return caseNumber;
    }

    @Test
    void anApplicationGoesFromTheApplicantToAReviewer() {
        String caseNumber = applyAsWelder();

        AccountView reviewer = newAccount("uirev", Role.REVIEWER);
        openAs(reviewer);
        navigate("inbox");
        InboxView inbox = _get(InboxView.class);
        int row = rowOf(inbox, caseNumber);
        assertThat(_fetch(inbox.grid, row, 1).get(0).summary().applicantIdMasked()).contains("*");

        _click((Button) _getCellComponent(inbox.grid, row, "actions").getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals("认领")).findFirst().orElseThrow());

        _setValue(inbox.scope, InboxScope.MINE);
        assertThat(_size(inbox.grid)).isEqualTo(1);
        assertThat(_fetch(inbox.grid, 0, 1).get(0).assignee()).isEqualTo(reviewer.username());

        navigate("cases/" + caseNumber);
        CaseView page = _get(CaseView.class);
        assertThat(_get(page, TextField.class, spec -> spec.withLabel("姓名")).getValue()).isEqualTo("王焊");
        assertThat(_get(page, TextField.class, spec -> spec.withLabel("职称系列")).getValue()).isEqualTo("工程技术");
    }

    @Test
    void theApplicantSeesTheCaseInMyCasesAndAnotherApplicantCannotOpenIt() {
        String caseNumber = applyAsWelder();
        navigate("my-cases");
        assertThat(_fetch(_get(MyCasesView.class).grid, 0, 100)).extracting(c -> c.caseNumber()).contains(caseNumber);

        openAs(newAccount("uinosy", Role.APPLICANT));
        navigate("cases/" + caseNumber);
        assertThat(_find(_get(CaseView.class), TextField.class)).isEmpty();
    }

    @Test
    void theApplicantWithdrawsFromTheCasePage() {
        AccountView applicant = eligibleWelder("uiwd");
        openAs(applicant);
        navigate("apply");
        ApplyView apply = _get(ApplyView.class);
        _setValue(apply.occupation, "焊工");
        _setValue(apply.series, "工程技术");
        _setValue(apply.targetLevel, TitleLevel.INTERMEDIATE);
        _setValue(apply.ethics, true);
        _click(apply.submit);

        CaseView page = _get(CaseView.class);
        _click(_get(page, Button.class, spec -> spec.withText("撤回申报")));
        _click(page.withdrawConfirm);
        assertThat(page.withdrawReason.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(page.withdrawReason, "单位安排调整，明年再报");
        _click(page.withdrawConfirm);

        assertThat(_get(page, TextField.class, spec -> spec.withLabel("办理状态")).getValue()).isEqualTo("已撤回");
        assertThat(_find(page, Button.class, spec -> spec.withText("撤回申报"))).isEmpty();
    }

    @Test
    void aReviewerReturnsTheCaseAndTheApplicantResubmitsFromTheCasePage() {
        AccountView applicant = eligibleWelder("uiretapp");
        String caseNumber = applyAs(applicant);
        AccountView reviewer = newAccount("uiret", Role.REVIEWER);
        openAs(reviewer);
        navigate("inbox");
        InboxView inbox = _get(InboxView.class);
        int row = rowOf(inbox, caseNumber);
        _click(button(inbox, row, "认领"));
        row = rowOf(inbox, caseNumber);
        inbox.askReason(_fetch(inbox.grid, row, 1).get(0), org.talentbridge.casework.ReviewDecision.RETURN);
        _click(inbox.reasonConfirm);
        assertThat(inbox.reasonField.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(inbox.reasonField, "请补充近三年年度考核证明");
        _click(inbox.reasonConfirm);

        openAs(applicant);
        navigate("cases/" + caseNumber);
        CaseView page = _get(CaseView.class);
        assertThat(_get(page, TextField.class, spec -> spec.withLabel("办理状态")).getValue()).isEqualTo("退回补正中");
        assertThat(_find(page, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("审核意见：请补充近三年年度考核证明")))
                .hasSize(1);
        _click(_get(page, Button.class, spec -> spec.withText("已补正，重新提交")));
        assertThat(_get(page, TextField.class, spec -> spec.withLabel("办理状态")).getValue()).isEqualTo("资格审核中");

        openAs(reviewer);
        navigate("inbox");
        _setValue(_get(InboxView.class).scope, InboxScope.MINE);
        assertThat(_fetch(_get(InboxView.class).grid, 0, 10)).extracting(r -> r.summary().caseNumber()).contains(caseNumber);
    }

    private static Button button(InboxView inbox, int row, String text) {
        return (Button) _getCellComponent(inbox.grid, row, "actions").getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void applicantsCannotOpenTheInbox() {
        openAs(newAccount("uinoinbox", Role.APPLICANT));
        assertNavigationDenied("inbox", InboxView.class);
    }

    private static int rowOf(InboxView inbox, String caseNumber) {
        List<InboxRow> rows = _fetch(inbox.grid, 0, _size(inbox.grid));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).summary().caseNumber().equals(caseNumber)) {
                return i;
            }
        }
        throw new AssertionError(caseNumber + " not in the inbox");
    }
}
