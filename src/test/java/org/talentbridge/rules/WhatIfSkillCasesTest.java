package org.talentbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.skilleval.OrganisationKind;
import org.talentbridge.skilleval.SkillApplication;
import org.talentbridge.skilleval.SkillCaseService;
import org.talentbridge.skilleval.SkillCaseStatus;

/**
 * What-if over pathway S (issue 18 item 4): a draft of the skill table (S1: an intermediate title opens 高级工 instead of
 * 技师) over every open case lists exactly the open skill case it changes, with S1, and writes nothing.
 */
class WhatIfSkillCasesTest extends IntegrationTest {

    @Autowired
    private WhatIf whatIf;
    @Autowired
    private RulesVersionService versions;
    @Autowired
    private SkillCaseService skillCases;
    @Autowired
    private TitleCaseService titleCases;

    /** An intermediate engineering title, working as an electrician: S1 opens 技师. */
    private AccountView titledElectrician(String prefix) {
        AccountView applicant = newAccount(prefix, Role.APPLICANT);
        as(applicant, () -> {
            profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.now().minusYears(4)));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(8), null, true));
            return null;
        });
        return applicant;
    }

    /** A 技师 in 电工 for three years (S2 opens 高级技师), no title. */
    private AccountView technicianElectrician(String prefix) {
        AccountView applicant = newAccount(prefix, Role.APPLICANT);
        as(applicant, () -> {
            profiles.addCertificate(new CertificateInput(SkillLevel.TECHNICIAN, "电工", LocalDate.now().minusYears(3),
                    "C-" + applicant.username(), "鉴定中心"));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(10), null, true));
            return null;
        });
        return applicant;
    }

    private String applyForSkill(AccountView applicant, SkillLevel level) {
        return as(applicant, () -> skillCases.submit(new SkillApplication(level, "电工", OrganisationKind.SOCIAL_ORGANISATION, null))
                .summary().caseNumber());
    }

    private WhatIf.Progress finished(AccountView admin, WhatIf.Progress started) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        WhatIf.Progress done = started;
        while (!done.finished() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            done = as(admin, () -> whatIf.progress(started.id())).orElseThrow();
        }
        return done;
    }

    @Test
    void aDraftOfTheSkillTableListsTheOpenSkillCasesWhoseOutcomeChangesWithS1AndWritesNothing() throws Exception {
        String byTitle = applyForSkill(titledElectrician("wiskt"), SkillLevel.TECHNICIAN);
        String byPromotion = applyForSkill(technicianElectrician("wiskp"), SkillLevel.SENIOR_TECHNICIAN);
        AccountView welder = eligibleWelder("wiskw");
        String titleCase = as(welder, () -> titleCases.submit(new SubmitTitleApplication("焊工", "工程技术",
                TitleLevel.INTERMEDIATE, true)).caseNumber());
        AccountView admin = newAccount("wiskadmin", Role.ADMIN);
        assertThat(List.of(byTitle, byPromotion)).allSatisfy(n -> assertThat(as(admin, () -> skillCases.details(n))
                .orElseThrow().summary().status()).isEqualTo(SkillCaseStatus.EVALUATION));

        String draft = PolicyChanges.name("S1-whatif");
        as(admin, () -> versions.upload(draft, "S1 中级 → 高级工", PolicyChanges.intermediateTitleOpensSeniorWorker()));
        WhatIf.Progress done = finished(admin, as(admin, () -> whatIf.start(draft, null)));

        assertThat(done.finished()).isTrue();
        assertThat(done.failure()).isNull();
        assertThat(done.total()).isEqualTo(done.done()).isGreaterThanOrEqualTo(3);
        List<WhatIf.Change> mine = done.changed().stream()
                .filter(c -> List.of(byTitle, byPromotion, titleCase).contains(c.caseNumber())).toList();
        assertThat(mine).singleElement().satisfies(c -> {
            assertThat(c.caseNumber()).isEqualTo(byTitle);
            assertThat(c.skill()).isTrue();
            assertThat(c.status()).isEqualTo("EVALUATION");
            assertThat(c.eligibleBefore()).isTrue();
            assertThat(c.levelBefore()).isEqualTo("TECHNICIAN");
            assertThat(c.eligibleAfter()).isFalse();
            assertThat(c.levelAfter()).isEqualTo("SENIOR_WORKER");
            assertThat(c.rules()).contains("S1");
        });
        assertThat(WhatIf.rows(mine)).singleElement().satisfies(row -> assertThat(row.get(0)).isEqualTo("S"));

        // the stored report, in the history, with the same changed cases
        WhatIf.Report report = as(admin, () -> whatIf.reports(draft)).get(0);
        assertThat(report.screened()).isEqualTo(done.total());
        assertThat(report.changed()).isEqualTo(done.changed().size());
        assertThat(as(admin, () -> whatIf.changesOf(draft, report.id()))).containsExactlyElementsOf(done.changed());

        // nothing written to the cases
        assertThat(as(admin, () -> skillCases.details(byTitle)).orElseThrow()).satisfies(d -> {
            assertThat(d.summary().status()).isEqualTo(SkillCaseStatus.EVALUATION);
            assertThat(d.screening().orElseThrow().rulesVersion()).startsWith("ZJ2022-77/");
            assertThat(d.screening().orElseThrow().eligible()).isTrue();
        });
    }
}
