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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.InboxScope;
import org.talentbridge.casework.TimelineEntry;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.ui.Checklist;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * The walking case through the screens alone: an applicant applies, their employer confirms, a reviewer finds the
 * case, opens the review screen (evidence beside the checklist), claims and decides; the applicant follows it.
 */
class WalkingCaseUiTest extends KaribuTest {

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
        assertThat(status(page)).isEqualTo("单位审核中");
        assertThat(page.nextStep.getText()).startsWith("正在等待舟山船厂审核您的工作经历和年度考核");
        Checklist checklist = _get(page, Checklist.class);
        assertThat(checklist.shown()).extracting(Check::rule).contains("T2.2");
        return caseNumber;
    }

    /** The employer's reviewer opens the case from their list and confirms it. */
    private void confirmedInTheEmployersScreens(String caseNumber) {
        openAs(employerReviewer(SHIPYARD));
        navigate("employer/reviews");
        EmployerInboxView list = _get(EmployerInboxView.class);
        _setValue(list.caseNumber, caseNumber);
        assertThat(_size(list.grid)).isEqualTo(1);
        navigate("employer/review/" + _fetch(list.grid, 0, 1).get(0).taskId());
        EmployerReviewView review = _get(EmployerReviewView.class);
        assertThat(_find(review, Grid.class)).isNotEmpty(); // the evidence, beside the decision
        _setValue(review.workHistory, true);
        _click(review.confirm);
        assertThat(review.assessments.isInvalid()).isTrue();
        assertThat(review.assessments.getErrorMessage()).isEqualTo("请核实后勾选确认");
        _setValue(review.assessments, true);
        _click(review.confirm);
        assertThat(UI_path()).isEqualTo("employer/reviews");
    }

    private static String UI_path() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static String status(CaseView page) {
        return _get(page, TextField.class, spec -> spec.withLabel("办理状态")).getValue();
    }

    @Test
    void anApplicationGoesFromTheApplicantThroughTheEmployerToAReviewerWhoApprovesIt() {
        AccountView applicant = eligibleWelder("uiwalk");
        String caseNumber = applyAs(applicant);
        confirmedInTheEmployersScreens(caseNumber);

        AccountView reviewer = newAccount("uirev", Role.REVIEWER);
        openAs(reviewer);
        navigate("inbox");
        InboxView inbox = _get(InboxView.class);
        int row = rowOf(inbox, caseNumber);
        assertThat(_fetch(inbox.grid, row, 1).get(0).summary().applicantIdMasked()).contains("*");
        String taskId = _fetch(inbox.grid, row, 1).get(0).taskId();

        navigate("review/" + taskId);
        ReviewView review = _get(ReviewView.class);
        assertThat(_get(review, Checklist.class).shown()).extracting(Check::rule).contains("T2.2");
        assertThat(_find(review, CaseEvidence.class)).hasSize(1);
        _click(review.claim);
        review = _get(ReviewView.class);
        _click(review.approve);
        assertThat(UI_path()).isEqualTo("inbox");

        openAs(applicant);
        navigate("cases/" + caseNumber);
        CaseView page = _get(CaseView.class);
        assertThat(status(page)).isEqualTo("待评委会评审");
        List<TimelineEntry> timeline = _fetch(_get(page, CaseTimeline.class).grid, 0, 100);
        assertThat(timeline).extracting(TimelineEntry::messageKey).contains("timeline.StartEvent_Submitted",
                "timeline.Task_Screening", "timeline.Task_EmployerReview", "timeline.employer.confirm",
                "timeline.Task_QualificationReview", "timeline.review.approve", "timeline.Task_CommitteeReview");
        // the applicant sees roles, not the names of the staff who decided
        assertThat(timeline).filteredOn(e -> e.messageKey().equals("timeline.review.approve"))
                .allSatisfy(e -> assertThat(e.actorIsRoleKey()).isTrue());
    }

    @Test
    void theApplicantSeesTheCaseInMyCasesAndAnotherApplicantCannotOpenIt() {
        String caseNumber = applyAs(eligibleWelder("uimine"));
        navigate("my-cases");
        assertThat(_fetch(_get(MyCasesView.class).grid, 0, 100)).extracting(c -> c.caseNumber()).contains(caseNumber);

        openAs(newAccount("uinosy", Role.APPLICANT));
        navigate("cases/" + caseNumber);
        assertThat(_find(_get(CaseView.class), TextField.class)).isEmpty();

        openAs(employerReviewer("舟山市第二人民医院")); // another employer's reviewer
        navigate("cases/" + caseNumber);
        assertThat(_find(_get(CaseView.class), TextField.class)).isEmpty();
    }

    @Test
    void theApplicantWithdrawsFromTheCasePage() {
        String caseNumber = applyAs(eligibleWelder("uiwd"));
        CaseView page = _get(CaseView.class);
        _click(_get(page, Button.class, spec -> spec.withText("撤回申报")));
        _click(page.withdrawConfirm);
        assertThat(page.withdrawReason.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(page.withdrawReason, "单位安排调整，明年再报");
        _click(page.withdrawConfirm);

        assertThat(status(page)).isEqualTo("已撤回");
        assertThat(_find(page, Button.class, spec -> spec.withText("撤回申报"))).isEmpty();
        assertThat(caseNumber).isNotBlank();
    }

    @Test
    void aReviewerReturnsTheCaseOnTheReviewScreenAndTheApplicantResubmitsFromTheCasePage() {
        AccountView applicant = eligibleWelder("uiretapp");
        String caseNumber = applyAs(applicant);
        confirmedInTheEmployersScreens(caseNumber);
        AccountView reviewer = newAccount("uiret", Role.REVIEWER);
        openAs(reviewer);
        navigate("inbox");
        InboxView inbox = _get(InboxView.class);
        int row = rowOf(inbox, caseNumber);
        _click(button(inbox, row, "认领"));
        row = rowOf(inbox, caseNumber);
        navigate("review/" + _fetch(inbox.grid, row, 1).get(0).taskId());
        ReviewView review = _get(ReviewView.class);
        _click(review.giveBack);
        assertThat(review.reason.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(review.reason, "请补充近三年年度考核证明");
        _click(review.giveBack);

        openAs(applicant);
        navigate("cases/" + caseNumber);
        CaseView page = _get(CaseView.class);
        assertThat(status(page)).isEqualTo("退回补正中");
        assertThat(page.nextStep.getText()).startsWith("请按退回意见修改“我的档案”");
        assertThat(_find(page, Paragraph.class, spec -> spec.withText("审核意见：请补充近三年年度考核证明"))).hasSize(1);
        _click(_get(page, Button.class, spec -> spec.withText("已补正，重新提交")));
        assertThat(status(page)).isEqualTo("单位审核中");

        confirmedInTheEmployersScreens(caseNumber);
        openAs(reviewer);
        navigate("inbox");
        _setValue(_get(InboxView.class).scope, InboxScope.MINE);
        assertThat(_fetch(_get(InboxView.class).grid, 0, 10)).extracting(r -> r.summary().caseNumber()).contains(caseNumber);
    }

    @Test
    void aReviewScreenForATaskDecidedMeanwhileSaysSoAndLeadsBack() {
        openAs(newAccount("uigone", Role.REVIEWER));
        navigate("review/no-such-task");
        ReviewView review = _get(ReviewView.class);
        assertThat(_find(review, Paragraph.class, spec -> spec.withText("该任务已办结或不存在，列表已刷新"))).hasSize(1);
    }

    private static Button button(InboxView inbox, int row, String text) {
        return (Button) _getCellComponent(inbox.grid, row, "actions").getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void applicantsCannotOpenTheInboxOrTheReviewScreens() {
        openAs(newAccount("uinoinbox", Role.APPLICANT));
        assertNavigationDenied("inbox", InboxView.class);
        assertNavigationDenied("review/x", ReviewView.class);
        assertNavigationDenied("employer/reviews", EmployerInboxView.class);
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
