package org.talentbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.casefile.AchievementInput;
import org.talentbridge.casefile.AchievementKind;
import org.talentbridge.casefile.AchievementService;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.Documents;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;

/**
 * S5 (PRODUCT.md: direct application to a skill evaluation) in a real browser, walked as the applicant: an electrician
 * without title or skill level, with a competition prize and its PDF on the profile, applies for 技师 directly with that
 * evidence; the case waits for the organisation's admission review; the organisation's evaluator ({@code evalsocial})
 * reads it and admits it, then records the assessment; the applicant's case page shows the admission, the passed
 * assessment and the certificate. The screenshots of docs/walks.md's S5 walk (target/screenshots/skill-direct-*.png).
 */
class SkillDirectApplicationEndToEndTest extends BrowserTest {

    private static final String PRIZE = "全省电工职业技能竞赛一等奖";

    @Autowired
    private AchievementService achievements;
    @Autowired
    private CaseFileService caseFiles;
    @Autowired
    private TaskService tasks;

    /** An electrician for nine years, no title or skill level, one competition result with its certificate's PDF. */
    private AccountView outstandingElectrician() {
        AccountView applicant = newAccount("e2es5", Role.APPLICANT);
        as(applicant, () -> {
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(9), null, true));
            long id = achievements.addAchievement(new AchievementInput(AchievementKind.COMPETITION,
                    LocalDate.now().minusYears(1), PRIZE, null, null, null, null));
            return caseFiles.upload(ItemRef.of(ItemKind.ACHIEVEMENT, id), Documents.pdfFile("竞赛获奖证书.pdf", "first prize"));
        });
        return applicant;
    }

    /** Picks the item containing {@code text} in the multi-select labelled {@code label}, then closes its list. */
    private void pick(String label, String text) {
        WebElement box = new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(
                By.cssSelector("vaadin-multi-select-combo-box")).stream()
                .filter(e -> e.isDisplayed() && label.equals(e.getDomProperty("label"))).findFirst().orElse(null));
        WebElement input = box.findElement(By.cssSelector("input"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        By items = By.cssSelector("vaadin-multi-select-combo-box-item");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(items).stream()
                .anyMatch(i -> i.isDisplayed() && i.getText().contains(text)));
        browser.findElements(items).stream().filter(i -> i.isDisplayed() && i.getText().contains(text)).findFirst()
                .orElseThrow().click();
        input.sendKeys(Keys.ESCAPE);
    }

    /** The items of the list under "直接申报（S5）证明材料". */
    private java.util.List<String> evidenceItems() {
        return browser.findElements(By.xpath("//h3[normalize-space(.)='直接申报（S5）证明材料']/following-sibling::ul[1]/li"))
                .stream().map(e -> e.getText().strip()).toList();
    }

    private String openTaskOf(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    @Test
    void anOutstandingElectricianAppliesDirectlyIsAdmittedAssessedAndSeesTheLevelGranted() {
        AccountView applicant = outstandingElectrician();
        SecurityContextHolder.clearContext();
        Screen screen = new Screen(browser, url(""));

        // the applicant applies directly (S5), choosing the prize from the profile as evidence
        new LoginPage(browser, url("")).open().signIn(applicant.username(), DEMO_PASSWORD);
        screen.open("skill/apply", "直接申报 (S5)").select("申报技能等级", "技师").choose("职业（工种）", "电工")
                .tick("直接申报 (S5)");
        pick("突出技能证明材料（业绩、附件材料）", PRIZE);
        screen.screenshot("skill-direct-apply").click("提交申请").waitFor("等待评价机构受理审查");
        String caseNumber = screen.field("申报编号").getDomProperty("value");
        assertThat(caseNumber).startsWith("JN");
        assertThat(screen.field("办理状态").getDomProperty("value")).isEqualTo("直接申报受理审查中");
        assertThat(screen.text()).contains("竞赛获奖证书.pdf");
        assertThat(evidenceItems()).containsExactly("技能竞赛成绩：" + LocalDate.now().minusYears(1) + " " + PRIZE);
        screen.scrollTo("直接申报（S5）证明材料").screenshot("skill-direct-case");

        // the organisation's evaluator reads the evidence and admits the application
        browser.manage().deleteAllCookies();
        new LoginPage(browser, url("")).open().signIn("evalsocial", DEMO_PASSWORD);
        screen.open("skill/evaluations", "办理");
        screen.open("skill/admission/" + openTaskOf(caseNumber), "受理审查结论").waitFor(PRIZE).waitFor("竞赛获奖证书.pdf")
                .scrollTo("直接申报（S5）证明材料").screenshot("skill-direct-admission");
        // a skill level, labelled as one (the evaluator's screens said 申报职称等级)
        assertThat(screen.field("申报技能等级").getDomProperty("value")).isEqualTo("技师");
        // the evidence list names the prize as the applicant's case page does, not only the item's kind and number
        assertThat(evidenceItems()).containsExactly("技能竞赛成绩：" + LocalDate.now().minusYears(1) + " " + PRIZE);
        screen.click("受理").waitFor(caseNumber + " 已评价：评价中");

        // the assessment follows as for any skill case
        screen.open("skill/evaluation/" + openTaskOf(caseNumber), "提交评价结果").type("操作技能考核成绩", "88")
                .type("理论知识考试", "80").click("提交评价结果").waitFor(caseNumber + " 已评价：已通过，已取得等级");

        // the applicant reads that the organisation admitted it, the assessment, and the certificate
        browser.manage().deleteAllCookies();
        new LoginPage(browser, url("")).open().signIn(applicant.username(), DEMO_PASSWORD);
        screen.open("skill/cases/" + caseNumber, "职业技能等级证书").waitFor("评价机构已于").waitFor("查验证书");
        assertThat(screen.field("办理状态").getDomProperty("value")).isEqualTo("已通过，已取得等级");
        assertThat(screen.text()).contains("直接申报（S5）证明材料", PRIZE);
        screen.scrollTo("评价结果").screenshot("skill-direct-granted");
    }
}
