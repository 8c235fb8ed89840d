package org.talentbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;

/**
 * Issue 4's "done when", in a real browser: an applicant submits, the employer's reviewer confirms, a reviewer
 * claims and approves, and the applicant sees the case ready for the committee with its timeline.
 */
class TitleCaseEndToEndTest extends BrowserTest {

    @Test
    void aCaseGoesFromTheApplicantThroughTheEmployerAndTheReviewerToTheCommitteeStage() {
        AccountView applicant = eligibleWelder("e2eapp");
        AccountView hr = employerReviewer(SHIPYARD);
        AccountView reviewer = newAccount("e2erev", Role.REVIEWER);
        SecurityContextHolder.clearContext();
        Screen screen = new Screen(browser, url(""));

        new LoginPage(browser, url("")).open().signIn(applicant.username(), DEMO_PASSWORD);
        screen.open("apply", "职称申报").choose("职业（工种）", "焊工").select("职称系列", "工程技术")
                .select("申报职称等级", "中级").tick("本人承诺").click("提交申报").waitFor("正在等待舟山船厂审核您的工作经历和年度考核");
        String caseNumber = screen.field("申报编号").getDomProperty("value");
        assertThat(caseNumber).startsWith("ZC");
        assertThat(screen.field("办理状态").getDomProperty("value")).isEqualTo("单位审核中");
        screen.screenshot("case-submitted");

        browser.manage().deleteAllCookies();
        new LoginPage(browser, url("")).open().signIn(hr.username(), DEMO_PASSWORD);
        screen.open("employer/reviews", "单位审核待办").type("申报编号", caseNumber).clickOnlyLink("办理").waitFor("单位审核意见")
                .tick("工作经历").tick("年度考核").screenshot("employer-review").click("确认").waitFor("单位审核已确认");

        browser.manage().deleteAllCookies();
        new LoginPage(browser, url("")).open().signIn(reviewer.username(), DEMO_PASSWORD);
        screen.open("inbox", "资格审核待办").type("申报编号", caseNumber).clickOnlyLink("办理")
                .waitFor("审核意见").click("认领").waitFor("审核通过").screenshot("review").click("审核通过")
                .waitFor("审核通过，已转评委会");

        browser.manage().deleteAllCookies();
        new LoginPage(browser, url("")).open().signIn(applicant.username(), DEMO_PASSWORD);
        screen.open("cases/" + caseNumber, "资格审核已通过，等待评委会评审").waitFor("办理进程");
        assertThat(screen.field("办理状态").getDomProperty("value")).isEqualTo("待评委会评审");
        assertThat(screen.text()).contains("单位确认", "资格审核通过");
        screen.screenshot("case-ready").scrollTo("办理进程").screenshot("case-timeline");
    }
}
