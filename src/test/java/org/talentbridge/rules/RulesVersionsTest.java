package org.talentbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.rules.PolicyCases.Answer;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;

/** Drafts, their validation, the regression gate, activation and the history (issue 18 items 2, 3, 5, 6). */
class RulesVersionsTest extends IntegrationTest {

    @Autowired
    private RulesVersionService versions;
    @Autowired
    private RegressionGate gate;
    @Autowired
    private AuditLog audit;

    private AccountView admin() {
        return newAccount("policyoffice", Role.ADMIN);
    }

    private static Map<String, String> standardRoute(String from, String to) {
        String original = PolicyChanges.shipped("title-standard-route.dmn");
        String changed = original.replace(from, to);
        assertThat(changed).isNotEqualTo(original);
        return Map.of("title-standard-route.dmn", changed);
    }

    private List<FieldProblem> refused(AccountView admin, Map<String, String> files) {
        return problemsOf(() -> as(admin, () -> versions.upload(PolicyChanges.name("broken"), null, files)));
    }

    @Test
    void aBrokenDraftIsRefusedNamingTheTableTheRuleAndTheReason() {
        AccountView admin = admin();
        assertThat(refused(admin, standardRoute("hitPolicy=\"UNIQUE\"", "hitPolicy=\"FIRST\"")))
                .extracting(FieldProblem::messageKey, p -> p.arguments().subList(0, 3))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rules.draft.hitPolicy", List.of("titleStandardRoute", "-", "FIRST")));
        assertThat(refused(admin, standardRoute("<description>T2.2 技师 + 满 3 年 → 中级</description>", "<description>技师</description>")))
                .extracting(FieldProblem::field, FieldProblem::messageKey, FieldProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("files[title-standard-route.dmn]", "rules.draft.annotation",
                        List.of("titleStandardRoute", "Rule_T2_2")));
        assertThat(refused(admin, standardRoute("<text>&quot;INTERMEDIATE&quot;</text>", "<text>&quot;MIDDLE&quot;</text>")))
                .extracting(FieldProblem::messageKey, FieldProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rules.draft.badLevel",
                        List.of("titleStandardRoute", "Rule_T2_2", "titleLevel", "\"MIDDLE\"")));
        assertThat(refused(admin, standardRoute("<text>&quot;T2.2&quot;</text>", "<text>&quot;T2.3&quot;</text>")))
                .extracting(FieldProblem::messageKey).containsExactly("rules.draft.ruleIdMismatch");
        assertThat(refused(admin, standardRoute("<text>skillLevel</text>", "<text>level</text>")))
                .extracting(FieldProblem::messageKey).containsExactly("rules.draft.inputs");
        assertThat(refused(admin, Map.of("x.dmn", "<definitions")))
                .extracting(FieldProblem::messageKey).containsExactly("rules.draft.unreadable");
        assertThat(refused(admin, Map.of("title-standard-route.dmn", PolicyChanges.shipped("title-standard-route.dmn"))))
                .extracting(FieldProblem::messageKey).containsExactly("rules.draft.noChange");
        assertThat(versions.versions(true)).noneMatch(v -> v.name().startsWith("broken"));
    }

    @Test
    void theGateListsExactlyThePolicyCasesThatADraftChangingT22From3To2YearsChanges() {
        AccountView admin = admin();
        String name = PolicyChanges.name("T22-gate");
        RegressionGate.Run run = as(admin, () -> {
            versions.upload(name, "T2.2 技师满 2 年", PolicyChanges.technicianAfterTwoYears());
            return gate.run(name);
        });
        assertThat(run.cases()).isGreaterThanOrEqualTo(20);
        assertThat(run.changed()).extracting(RegressionGate.Change::caseId)
                .containsExactlyInAnyOrder("T2.2-one-day-short", "T2.2-two-years");
        assertThat(run.changed()).allSatisfy(c -> {
            assertThat(c.before()).isEqualTo(new Answer(false, null, null, null));
            assertThat(c.after()).isEqualTo(new Answer(true, "INTERMEDIATE", "STANDARD", "T2.2"));
        });
        assertThat(audit.history("rules:" + name)).extracting(e -> e.getAction())
                .containsExactly("RULES_DRAFT_UPLOADED", "RULES_GATE_RUN");
    }

    @Test
    void activationNeedsTheChangedCasesAcknowledgedWithAReasonAndADateFromToday() {
        AccountView admin = admin();
        String name = PolicyChanges.name("T22-ack");
        as(admin, () -> versions.upload(name, null, PolicyChanges.technicianAfterTwoYears()));
        LocalDate later = LocalDate.of(2091, 1, 1);
        assertThat(problemsOf(() -> as(admin, () -> versions.activate(name, later))))
                .extracting(FieldProblem::field).containsExactly("gate");
        as(admin, () -> gate.run(name));
        assertThat(problemsOf(() -> as(admin, () -> gate.acknowledge(name, Set.of("T2.2-two-years"), "政策调整"))))
                .extracting(FieldProblem::field, FieldProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("caseIds", List.of("T2.2-one-day-short")));
        assertThat(problemsOf(() -> as(admin, () -> gate.acknowledge(name, Set.of("T2.2-two-years", "T2.2-one-day-short"), " "))))
                .extracting(FieldProblem::field).containsExactly("reason");
        as(admin, () -> gate.acknowledge(name, Set.of("T2.2-two-years", "T2.2-one-day-short"), "舟人社发：技师年限调整为 2 年"));
        assertThat(problemsOf(() -> as(admin, () -> versions.activate(name, LocalDate.now().minusDays(1)))))
                .extracting(FieldProblem::field).containsExactly("effectiveFrom");
        RulesVersionView scheduled = as(admin, () -> versions.activate(name, later));
        assertThat(scheduled.state()).isEqualTo(RulesVersionView.State.SCHEDULED);
        assertThat(scheduled.activatedBy()).isEqualTo(admin.username());
        assertThat(audit.history("rules:" + name)).extracting(e -> e.getAction()).containsExactly("RULES_DRAFT_UPLOADED",
                "RULES_GATE_RUN", "RULES_GATE_ACKNOWLEDGED", "RULES_ACTIVATED");
        assertThat(problemsOf(() -> as(admin, () -> versions.activate(name, later.plusDays(1)))))
                .extracting(FieldProblem::messageKey).containsExactly("rules.activate.notDraft");
    }

    @Test
    void theHistoryShowsEachVersionsTablesAndTheirChangesCellByCell() {
        AccountView admin = admin();
        String name = PolicyChanges.name("T22-diff");
        as(admin, () -> versions.upload(name, null, PolicyChanges.technicianAfterTwoYears()));
        RulesVersionView draft = versions.version(name, true).orElseThrow();
        assertThat(draft.basedOn()).isEqualTo("ZJ2022-77");
        assertThat(draft.createdBy()).isEqualTo(admin.username());
        assertThat(draft.tables()).hasSize(5);
        assertThat(as(admin, () -> versions.diff(name))).containsExactly(new TableDiff.Change(TableDiff.Kind.CHANGED,
                "titleStandardRoute", "Rule_T2_2", "requiredYears", "3", "2"));
        assertThat(as(admin, () -> versions.tablesOf(name)).get("titleStandardRoute")).contains("Rule_T2_2_out1\"><text>2<");
        assertThat(as(admin, () -> versions.diff("ZJ2022-77"))).isEmpty();
    }

    @Test
    void onlyAnAdministratorUploadsRunsTheGateActivatesOrPins() {
        AccountView reviewer = newAccount("rulesreviewer", Role.REVIEWER);
        AccountView applicant = newAccount("rulesapplicant", Role.APPLICANT);
        for (AccountView who : List.of(reviewer, applicant)) {
            assertThatThrownBy(() -> as(who, () -> versions.upload(PolicyChanges.name("nope"), null,
                    PolicyChanges.technicianAfterTwoYears()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, () -> gate.run("ZJ2022-77"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, () -> versions.activate("ZJ2022-77", LocalDate.of(2095, 1, 1))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, () -> {
                versions.pin(1L, "ZJ2022-77");
                return null;
            })).isInstanceOf(AccessDeniedException.class);
        }
        AccountView admin = admin();
        String draft = PolicyChanges.name("T22-nopin");
        as(admin, () -> versions.upload(draft, null, PolicyChanges.technicianAfterTwoYears()));
        assertThat(problemsOf(() -> as(admin, () -> {
            versions.pin(1L, draft);
            return null;
        }))).extracting(FieldProblem::messageKey).containsExactly("rules.pin.draft"); // a draft never decides a real case
        assertThat(versions.versions(false)).noneMatch(v -> v.name().equals(draft));
        assertThat(versions.versions(true)).anyMatch(v -> v.name().equals(draft) && v.state() == RulesVersionView.State.DRAFT);
    }
}
