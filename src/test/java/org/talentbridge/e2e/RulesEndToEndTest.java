package org.talentbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.AssessmentInput;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.rules.PolicyChanges;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * In Chromium, the policy office's walk through a rule change (docs/rules.md): the versions, a changed table uploaded
 * as a draft with its cell-by-cell diff, the regression gate and a what-if over a round; the pictures are the docs'.
 */
class RulesEndToEndTest extends BrowserTest {

    @Autowired
    private TitleCaseService cases;

    @Test
    void aPolicyOfficerUploadsAChangedTableAndSeesWhichPolicyCasesAndWhichRealCasesItChanges() throws Exception {
        // a real case the change would decide differently: a technician for two years, refused under T2.2's 3 years
        AccountView applicant = newAccount("e2erules", Role.APPLICANT);
        LocalDate today = LocalDate.now();
        String refused = as(applicant, () -> {
            profiles.addCertificate(new CertificateInput(SkillLevel.TECHNICIAN, "焊工", today.minusYears(2).minusDays(10),
                    "T-" + applicant.username(), "鉴定中心"));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "焊工", today.minusYears(6), null, true));
            for (int y = today.getYear() - 3; y < today.getYear(); y++) {
                profiles.addAssessment(new AssessmentInput(y, AssessmentResult.QUALIFIED));
            }
            return cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        });
        AccountView admin = newAccount("e2erulesadmin", Role.ADMIN);
        String roundName = as(admin, () -> cases.details(refused)).orElseThrow().summary().roundName();
        SecurityContextHolder.clearContext();
        Path dmn = Files.createTempDirectory("rules").resolve("title-standard-route.dmn");
        Files.writeString(dmn, PolicyChanges.technicianAfterTwoYears().get("title-standard-route.dmn"), StandardCharsets.UTF_8);
        String draft = PolicyChanges.name("ZJ2027-T22");
        Screen screen = new Screen(browser, url(""));

        new LoginPage(browser, url("")).open().signIn(admin.username(), DEMO_PASSWORD);
        screen.open("admin/rules", "ZJ2022-77");

        screen.type("版本名称", draft).type("说明", "T2.2 技师满 2 年即可申报中级").upload(dmn).waitFor("title-standard-route.dmn")
                .click("上传为草稿").waitFor(draft + " · 草稿").waitFor("requiredYears")
                .scrollTo("与所基于版本相比的变化").screenshot("rules-diff");

        screen.click("运行回归检查").waitFor("T2.2-two-years").scrollTo("回归检查（政策案例）").screenshot("rules-gate");
        assertThat(screen.text()).contains("T2.2-one-day-short");

        screen.choose("评审批次", roundName).click("开始假设分析").waitFor(refused).waitFor("打开")
                .scrollTo("假设分析（真实案件）").screenshot("rules-what-if");
        assertThat(screen.text()).contains("T2.2");

        // the versions and their history: the active one and the draft, with who uploaded it
        screen.open("admin/rules", draft).screenshot("rules-versions");
        assertThat(screen.text()).contains("现行", "草稿", admin.username());
    }
}
