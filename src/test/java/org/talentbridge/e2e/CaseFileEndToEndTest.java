package org.talentbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.Documents;

/**
 * Issue 15's "done when", in a real browser: the applicant uploads a real PDF on their certificate, submits, and the
 * reviewer sees it in the case file beside the checklist, with one click to open it.
 */
class CaseFileEndToEndTest extends BrowserTest {

    @Autowired
    private CaseFileService caseFiles;

    @Test
    void anApplicantUploadsAPdfSubmitsAndTheReviewerSeesItBesideTheChecklist() throws Exception {
        AccountView applicant = eligibleWelder("e2edoc");
        AccountView reviewer = newAccount("e2edocrev", Role.REVIEWER);
        SecurityContextHolder.clearContext();
        Path pdf = Files.createTempDirectory("casefile").resolve("技师证书.pdf");
        Files.write(pdf, Documents.pdf("Technician certificate / 技师证书"));
        Screen screen = new Screen(browser, url(""));

        new LoginPage(browser, url("")).open().signIn(applicant.username(), DEMO_PASSWORD);
        screen.open("profile", "职业资格").click("材料（0）").waitFor("将 PDF、JPEG 或 PNG 文件拖到这里")
                .upload(pdf).waitFor("1 个版本").screenshot("casefile-profile-upload").click("关闭");
        screen.open("apply", "职称申报").choose("职业（工种）", "焊工").select("职称系列", "工程技术")
                .select("申报职称等级", "中级").tick("本人承诺").click("提交申报").waitFor("正在等待舟山船厂审核");
        String caseNumber = screen.field("申报编号").getDomProperty("value");
        screen.scrollTo("申报材料（" + caseNumber + "）").waitFor("技师证书.pdf");
        confirmedByEmployer(caseNumber);

        browser.manage().deleteAllCookies();
        new LoginPage(browser, url("")).open().signIn(reviewer.username(), DEMO_PASSWORD);
        screen.open("inbox", "资格审核待办").type("申报编号", caseNumber).clickOnlyLink("办理").waitFor("审核意见")
                .scrollTo("申报材料（" + caseNumber + "）").waitFor("技师证书.pdf").waitFor("下载")
                .screenshot("casefile-review");
        assertThat(screen.text()).contains("职业资格（技能等级）证书", "新增");
    }
}
