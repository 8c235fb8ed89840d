package org.talentbridge.casework.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.catalog.SeriesDecisionView;
import org.talentbridge.shared.policy.TitleLevel;

/** The committee secretary's series decisions and the post confirmation of public-institution staff, on screen. */
class SeriesAndEmployerScreensTest extends KaribuTest {

    private static final String HOSPITAL = "舟山市第二人民医院";

    @Autowired
    private TitleCaseService cases;

    @Test
    void theSecretaryDecidesTheSeriesOfAnUnlistedOccupationAndTheCaseMovesOn() {
        AccountView applicant = eligibleWelder("uiser");
        String occupation = "船体智能焊接操作员" + applicant.id();
        String number = cases.submit(new SubmitTitleApplication(occupation, null, TitleLevel.ASSISTANT, true)).caseNumber();

        openAs(newAccount("uisec", Role.COMMITTEE_SECRETARY));
        navigate("series-decisions");
        SeriesDecisionsView view = _get(SeriesDecisionsView.class);
        InboxRow row = _fetch(view.waiting, 0, _size(view.waiting)).stream()
                .filter(r -> r.summary().caseNumber().equals(number)).findFirst().orElseThrow();
        view.ask(row);
        _click(view.decide);
        assertThat(view.series.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(view.reason.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(view.series, "工程技术");
        _setValue(view.reason, "与焊工同属焊接加工类");
        _click(view.decide);

        assertThat(_fetch(view.waiting, 0, _size(view.waiting))).noneMatch(r -> r.summary().caseNumber().equals(number));
        assertThat(_fetch(view.decided, 0, 1000)).extracting(SeriesDecisionView::occupationName).contains(occupation);
        signIn(applicant);
        assertThat(cases.details(number).orElseThrow().summary().status()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
    }

    @Test
    void publicInstitutionStaffNeedThePostOnTheEmployerReviewScreen() {
        AccountView applicant = eligibleWelder("uipost");
        employer(HOSPITAL);
        profiles.saveFacts(new EmployerFacts(HOSPITAL, false, true, null));
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();

        openAs(employerReviewer(HOSPITAL));
        navigate("employer/reviews");
        EmployerInboxView list = _get(EmployerInboxView.class);
        _setValue(list.caseNumber, number);
        navigate("employer/review/" + _fetch(list.grid, 0, 1).get(0).taskId());
        EmployerReviewView review = _get(EmployerReviewView.class);
        _setValue(review.workHistory, true);
        _setValue(review.assessments, true);
        _click(review.confirm);
        assertThat(review.post.getErrorMessage()).isEqualTo("申报人为事业单位在编人员，须填写拟聘岗位（评聘结合）");
        _setValue(review.post, "专业技术十级岗位（中级）");
        _click(review.confirm);

        signIn(applicant);
        assertThat(cases.details(number).orElseThrow().summary().status()).isEqualTo(CaseStatus.QUALIFICATION_REVIEW);
    }

    @Test
    void theSecretaryAndEmployerScreensAreTheirRolesOnly() {
        openAs(newAccount("uiserrev", Role.REVIEWER));
        assertNavigationDenied("series-decisions", SeriesDecisionsView.class);
        assertNavigationDenied("employer/reviews", EmployerInboxView.class);
    }
}
