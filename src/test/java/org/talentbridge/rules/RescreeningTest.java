package org.talentbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.AssessmentInput;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.casework.CaseDetails;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.notification.NotificationKind;
import org.talentbridge.notification.NotificationRow;
import org.talentbridge.notification.NotificationService;
import org.talentbridge.round.RoundService;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.skilleval.OrganisationKind;
import org.talentbridge.skilleval.SkillApplication;
import org.talentbridge.skilleval.SkillCaseService;

/**
 * Issue 18 item 5, second half: the policy office re-screens a chosen set of decided cases under the active version;
 * the new screenings name it, each case is audited with the reason, only applicants whose outcome changed are
 * notified, and cases not chosen keep their decision.
 */
class RescreeningTest extends IntegrationTest {

    @Autowired
    private Rescreening rescreening;
    @Autowired
    private RulesVersionService versions;
    @Autowired
    private RegressionGate gate;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private SkillCaseService skillCases;
    @Autowired
    private RoundService rounds;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private AuditLog audit;

    /** A welder, technician for two years and some days: eligible under a 2-year T2.2, not under the shipped 3 years. */
    private AccountView technicianForTwoYears(String prefix) {
        AccountView applicant = newAccount(prefix, Role.APPLICANT);
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

    private List<NotificationRow> rescreenNotices(AccountView account, String caseNumber) {
        return as(account, () -> notifications.page(0, 500, Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(n -> caseNumber.equals(n.caseNumber()) && n.kind() == NotificationKind.CASE_RESCREENED).toList();
    }

    private String rulesOf(AccountView admin, String caseNumber) {
        return as(admin, () -> cases.details(caseNumber)).orElseThrow().screening().orElseThrow().result().rulesVersion();
    }

    @Test
    void reScreeningAChosenSetUnderTheActiveVersionRecordsItAuditsEachCaseAndNotifiesOnlyChangedOutcomes() {
        AccountView admin = newAccount("rescreenadmin", Role.ADMIN);
        // a version scheduled far ahead, pinned to the round while two of the cases are screened: they are decided under it
        String older = PolicyChanges.name("T22-rescreen");
        as(admin, () -> {
            versions.upload(older, "T2.2 技师满 2 年", PolicyChanges.technicianAfterTwoYears());
            gate.run(older);
            gate.acknowledge(older, Set.of("T2.2-one-day-short", "T2.2-two-years"), "重新筛查测试");
            return versions.activate(older, LocalDate.of(2097, 5, 1));
        });
        AccountView welder = eligibleWelder("rescreenw");
        String unchanged = submit(welder);
        CaseDetails first = as(admin, () -> cases.details(unchanged)).orElseThrow();
        long roundId = rounds.all().stream().filter(r -> r.name().equals(first.summary().roundName())).findFirst().orElseThrow().id();
        AccountView twoYears = technicianForTwoYears("rescreen2y");
        AccountView notChosen = technicianForTwoYears("rescreenno");
        String changed;
        String untouched;
        as(admin, () -> {
            versions.pin(roundId, older);
            return null;
        });
        try {
            changed = submit(twoYears);
            untouched = submit(notChosen);
        } finally {
            as(admin, () -> {
                versions.pin(roundId, null);
                return null;
            });
        }
        assertThat(as(admin, () -> cases.details(changed)).orElseThrow().summary().status()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
        assertThat(rulesOf(admin, changed)).startsWith(older + "/");

        // an electrician's skill case, screened under the active version: re-screening finds the same outcome
        AccountView electrician = newAccount("rescreensk", Role.APPLICANT);
        String skillCase = as(electrician, () -> {
            profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.now().minusYears(4)));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(8), null, true));
            return skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION, null))
                    .summary().caseNumber();
        });

        // the reason is required; an unknown number refuses the whole set
        assertThat(problemsOf(() -> as(admin, () -> rescreening.rescreen(List.of(changed), " "))))
                .extracting(FieldProblem::field).containsExactly("reason");
        assertThat(problemsOf(() -> as(admin, () -> rescreening.rescreen(List.of(changed, "ZC1999-999999"), "政策调整"))))
                .extracting(FieldProblem::field, FieldProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("caseNumbers", List.of("ZC1999-999999")));
        assertThat(rulesOf(admin, changed)).startsWith(older + "/"); // nothing written

        List<Rescreening.Result> results = as(admin, () -> rescreening.rescreen(
                Rescreening.caseNumbers(changed + ", " + unchanged + "\n" + skillCase), "政策办公室复核：按现行版本重新筛查"));

        assertThat(results).extracting(Rescreening.Result::caseNumber, Rescreening.Result::pathway, Rescreening.Result::changed)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(changed, "T", true),
                        org.assertj.core.groups.Tuple.tuple(unchanged, "T", false),
                        org.assertj.core.groups.Tuple.tuple(skillCase, "S", false));
        assertThat(results).filteredOn(r -> r.caseNumber().equals(changed)).singleElement().satisfies(r -> {
            assertThat(r.eligibleBefore()).isTrue();
            assertThat(r.eligibleAfter()).isFalse();
            assertThat(r.rulesVersion()).startsWith("ZJ2022-77/");
        });
        assertThat(results).allSatisfy(r -> assertThat(r.rulesVersion()).startsWith("ZJ2022-77/"));

        // the new screening is recorded with its version; the case's status stays
        CaseDetails after = as(admin, () -> cases.details(changed)).orElseThrow();
        assertThat(after.summary().status()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
        assertThat(after.screening().orElseThrow().result().eligible()).isFalse();
        assertThat(after.screening().orElseThrow().result().rulesVersion()).startsWith("ZJ2022-77/");
        assertThat(as(admin, () -> skillCases.details(skillCase)).orElseThrow().screening().orElseThrow().rulesVersion())
                .startsWith("ZJ2022-77/");

        // only the changed outcome is notified
        assertThat(rescreenNotices(twoYears, changed)).singleElement().satisfies(n -> {
            assertThat(n.text()).contains(changed).contains("ZJ2022-77").contains("不符合");
            assertThat(n.link()).isEqualTo("cases/" + changed);
        });
        assertThat(rescreenNotices(welder, unchanged)).isEmpty();
        assertThat(rescreenNotices(electrician, skillCase)).isEmpty();
        assertThat(rescreenNotices(notChosen, untouched)).isEmpty();

        // each case audited with the reason, and the set under the version
        assertThat(audit.history("case:" + changed)).filteredOn(e -> e.getAction().equals("case.rescreened"))
                .singleElement().extracting(AuditEvent::getDetails).asString()
                .contains("政策办公室复核").contains(older + "/").contains("eligible true → false");
        assertThat(audit.history("case:" + skillCase)).extracting(AuditEvent::getAction).contains("skillCase.rescreened");
        assertThat(audit.history("rules:ZJ2022-77")).filteredOn(e -> e.getAction().equals("RULES_RESCREENED")).last()
                .extracting(AuditEvent::getDetails).asString().contains("3 cases re-screened, 1 changed").contains(changed);

        // a case not chosen keeps its decision and the version that made it
        assertThat(rulesOf(admin, untouched)).startsWith(older + "/");
        assertThat(as(admin, () -> cases.details(untouched)).orElseThrow().screening().orElseThrow().result().eligible()).isTrue();
        assertThat(audit.history("case:" + untouched)).extracting(AuditEvent::getAction).doesNotContain("case.rescreened");
    }

    @Test
    void onlyThePolicyOfficeReScreens() {
        for (Role role : List.of(Role.REVIEWER, Role.COMMITTEE_SECRETARY, Role.INTEGRITY_OFFICER, Role.APPLICANT)) {
            AccountView who = newAccount("norescreen", role);
            assertThatThrownBy(() -> as(who, () -> rescreening.rescreen(List.of("ZC2026-000001"), "x")))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
