package org.talentbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.AssessmentInput;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.casework.CaseDetails;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.round.RoundService;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;

/** What-if over a round with known cases: the draft's changed outcomes, nothing written to the cases. */
class WhatIfTest extends IntegrationTest {

    @Autowired
    private WhatIf whatIf;
    @Autowired
    private RulesVersionService versions;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RoundService rounds;

    /** A welder, technician for two years and some days: refused under the shipped T2.2 (3 years), not under 2. */
    private AccountView technicianForTwoYears() {
        AccountView applicant = newAccount("whatif2y", Role.APPLICANT);
        LocalDate today = LocalDate.now();
        as(applicant, () -> {
            profiles.addCertificate(new CertificateInput(SkillLevel.TECHNICIAN, "焊工", today.minusYears(2).minusDays(10),
                    "T-" + applicant.username(), "鉴定中心"));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "焊工", today.minusYears(6), null, true));
            for (int y = today.getYear() - 3; y < today.getYear(); y++) {
                profiles.addAssessment(new AssessmentInput(y, AssessmentResult.QUALIFIED));
            }
            return null;
        });
        return applicant;
    }

    private String submit(AccountView applicant) {
        return as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true))
                .caseNumber());
    }

    @Test
    void aDraftOverARoundListsTheCasesWhoseOutcomeChangesWithTheRuleAndWritesNothing() throws Exception {
        String twoYears = submit(technicianForTwoYears());
        String fiveYears = submit(eligibleWelder("whatif5y"));
        AccountView admin = newAccount("whatifadmin", Role.ADMIN);
        CaseDetails refused = as(admin, () -> cases.details(twoYears)).orElseThrow();
        assertThat(refused.summary().status()).isEqualTo(CaseStatus.REJECTED);
        long roundId = rounds.all().stream().filter(r -> r.name().equals(refused.summary().roundName())).findFirst()
                .orElseThrow().id();
        String draft = PolicyChanges.name("T22-whatif");
        as(admin, () -> versions.upload(draft, null, PolicyChanges.technicianAfterTwoYears()));

        WhatIf.Progress started = as(admin, () -> whatIf.start(draft, roundId));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        WhatIf.Progress done = started;
        while (!done.finished() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            done = as(admin, () -> whatIf.progress(started.id())).orElseThrow();
        }
        assertThat(done.finished()).isTrue();
        assertThat(done.failure()).isNull();
        assertThat(done.total()).isGreaterThanOrEqualTo(2).isEqualTo(done.done());
        assertThat(done.changed()).filteredOn(c -> c.caseNumber().equals(twoYears)).singleElement().satisfies(c -> {
            assertThat(c.eligibleBefore()).isFalse();
            assertThat(c.eligibleAfter()).isTrue();
            assertThat(c.levelAfter()).isEqualTo("INTERMEDIATE");
            assertThat(c.routeAfter()).isEqualTo("STANDARD");
            assertThat(c.rules()).contains("T2.2");
        });
        assertThat(done.changed()).noneMatch(c -> c.caseNumber().equals(fiveYears));
        assertThat(WhatIf.rows(done.changed())).hasSameSizeAs(done.changed());

        CaseDetails after = as(admin, () -> cases.details(twoYears)).orElseThrow();
        assertThat(after.summary().status()).isEqualTo(CaseStatus.REJECTED); // nothing written to the case
        assertThat(after.screening().orElseThrow().result().rulesVersion()).startsWith("ZJ2022-77/");

        AccountView reviewer = newAccount("whatifrev", Role.REVIEWER);
        assertThatThrownBy(() -> as(reviewer, () -> whatIf.start(draft, roundId))).isInstanceOf(AccessDeniedException.class);
    }
}
