package org.talentbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.integrity.IntegrityFile;
import org.talentbridge.publication.ObjectionRequest;
import org.talentbridge.publication.Objections;
import org.talentbridge.publication.PublicationClock;
import org.talentbridge.publication.PublicationService;
import org.talentbridge.publication.PublicityView;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Issue 6's "done when", in a real browser: an objection on a published case opens an investigation; one integrity
 * officer proposes a finding, a second approves it; the case is stopped, the integrity file has the entry, and the
 * person's history shows it all.
 */
class IntegrityInvestigationEndToEndTest extends BrowserTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private PublicationService publication;
    @Autowired
    private Objections objections;
    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private IntegrityFile integrityFile;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void systemClock() {
        PublicationClock.system(publication);
    }

    @Test
    void anObjectionIsInvestigatedAndConfirmedWithFourEyes_theCaseStopsAndTheFileHasTheEntry() {
        AccountView applicant = eligibleWelder("e2eint");
        LocalDate today = LocalDate.now();
        RoundView round = rounds.createAs(new RoundRequest(today.getYear(), "诚信调查端到端批次" + System.nanoTime(),
                catalog.seriesNames(), LocalDate.of(today.getYear(), 12, 31), today.minusDays(1), today.plusDays(365), 10, 5), "admin");
        String caseNumber = as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE,
                true, round.id())).caseNumber());
        passedToPublicity(caseNumber);
        PublicityView publicity = as(accounts.findByUsername("secretary").orElseThrow(),
                () -> publication.publish(round.id(), List.of(caseNumber)));
        PublicationClock.at(publication, publicity.periodStart().atTime(10, 0));
        SecurityContextHolder.clearContext();
        objections.lodge(publicity.entries().get(0).id(), new ObjectionRequest("王举报", null, "13900002222", null,
                "其焊工技师证书系伪造"), List.of(), "10.99.0.1");
        String number = jdbc.queryForObject("""
                select i.number from tb.investigation i join tb.investigation_subject s on s.investigation_id = i.id
                where s.case_number = ?""", String.class, caseNumber);
        AccountView second = newAccount("e2eoff", Role.INTEGRITY_OFFICER);
        SecurityContextHolder.clearContext();
        Screen screen = new Screen(browser, url(""));

        new LoginPage(browser, url("")).open().signIn("integrity", DEMO_PASSWORD);
        screen.open("integrity/investigations", number).open("integrity/investigations/" + number, "涉及的申报和证书")
                .click("签收").waitFor("退回待办池")
                .choose("认定情形", "弄虚作假").type("事实", "经鉴定中心核查，证书编号不存在，系伪造")
                .click("提交认定意见").waitFor("不能自行批准").screenshot("investigation-proposed");

        browser.manage().deleteAllCookies();
        new LoginPage(browser, url("")).open().signIn(second.username(), DEMO_PASSWORD);
        screen.open("integrity/investigations/" + number, "批准认定").type("批准意见", "经复核，同意认定为弄虚作假")
                .click("批准认定").waitFor("诚信档案记录").screenshot("investigation-confirmed");
        screen.open("integrity/person?investigation=" + number, "已终止（诚信问题）").waitFor("弄虚作假")
                .screenshot("person-history");

        assertThat(as(applicant, () -> cases.details(caseNumber)).orElseThrow().summary().status()).isEqualTo(CaseStatus.STOPPED);
        assertThat(integrityFile.hasActiveEntry(applicant.idNumber(), today)).isTrue();

        browser.manage().deleteAllCookies();
        new LoginPage(browser, url("")).open().signIn(applicant.username(), DEMO_PASSWORD);
        screen.open("cases/" + caseNumber, "本申报已终止").screenshot("case-stopped");
    }
}
