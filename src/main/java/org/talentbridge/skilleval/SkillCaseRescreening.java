package org.talentbridge.skilleval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.DecisionTables;
import org.talentbridge.eligibility.SkillScreening;
import org.talentbridge.eligibility.SkillScreeningResult;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.KnownCases;
import org.talentbridge.shared.validation.RequiredText;

/**
 * The policy office re-screens a chosen set of screened skill cases under the active rules version (issue 18 item 5,
 * decision 0009): each case's screening becomes the new one (its rules version named), the one it replaced is kept in
 * {@code skill_case_rescreening} with the reason, every case is audited, and the applicant is told when the outcome
 * (eligible, highest level) changed. The case's status and process are not touched; cases not chosen keep their
 * decision.
 */
@Service
public class SkillCaseRescreening {

    /** One re-screened case: the outcome before and after and the version that made the new one. */
    public record Result(String caseNumber, SkillCaseStatus status, boolean eligibleBefore, String levelBefore,
                         boolean eligibleAfter, String levelAfter, String rulesVersion, boolean changed) {
    }

    private final JdbcTemplate jdbc;
    private final SkillCaseFacts facts;
    private final SkillScreening screening;
    private final DecisionTables tables;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    SkillCaseRescreening(JdbcTemplate jdbc, SkillCaseFacts facts, SkillScreening screening, DecisionTables tables,
                         AuditLog audit, ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.facts = facts;
        this.screening = screening;
        this.tables = tables;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /**
     * The case's rules on {@code request} under {@code rules}, with the routing the case had (S3 major, S4 organisation)
     * and, for a direct application, its S5 line and the S1 lines S5 waives, as at submission.
     */
    public static SkillScreeningRecord rescreen(SkillCaseFacts.Screened c, SkillScreening screening, DecisionTables.InForce rules,
                                                OffsetDateTime at) {
        SkillScreeningResult result = screening.screen(c.request(), rules);
        List<Check> checks = new ArrayList<>(result.checks());
        boolean met = result.eligible();
        Optional<Check> s5 = c.record().direct()
                ? c.record().checks().stream().filter(ch -> "S5".equals(ch.rule())).findFirst() : Optional.empty();
        if (s5.isPresent()) {
            met = SkillCaseService.direct(checks, s5.get());
        }
        checks.addAll(c.routing());
        return new SkillScreeningRecord(at, met && c.routed(), result.highestLevel(), List.copyOf(checks), result.decisions(),
                result.rulesVersion(), c.record().direct() ? SkillScreeningRecord.DIRECT : SkillScreeningRecord.STANDARD);
    }

    /**
     * Re-screens the given skill cases under the version in force today. Every number must be a screened skill case
     * (a 400 naming {@code caseNumbers} otherwise, nothing written); the reason is required.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<Result> rescreen(Collection<String> caseNumbers, String reason) {
        String why = RequiredText.of(reason, "reason", 1000);
        List<SkillCaseFacts.Screened> chosen = KnownCases.all(caseNumbers, number -> SkillCaseRow.one(jdbc,
                "c.case_number = ? for update of c", number).filter(c -> c.screening() != null).map(facts::screened),
                "caseNumbers", "rules.rescreen.unknownCases");
        DecisionTables.InForce active = tables.inForce();
        String actor = AuditLog.currentActor();
        List<Result> results = new ArrayList<>();
        for (SkillCaseFacts.Screened c : chosen) {
            SkillScreeningRecord before = c.record();
            SkillScreeningRecord after = rescreen(c, screening, active, OffsetDateTime.now(clock));
            boolean changed = before.eligible() != after.eligible() || !Objects.equals(before.highestLevel(), after.highestLevel());
            jdbc.update("""
                    insert into tb.skill_case_rescreening (case_id, rescreened_by, reason, previous_rules_version,
                        previous_screening, rules_version)
                    select id, ?, ?, rules_version, screening, ? from tb.skill_case where case_number = ?""",
                    actor, why, after.rulesVersion(), c.caseNumber());
            jdbc.update("update tb.skill_case set screening = ?, rules_version = ?, screened_at = now(), updated_at = now()"
                    + " where case_number = ?", write(after), after.rulesVersion(), c.caseNumber());
            audit.record("skillCase.rescreened", "case:" + c.caseNumber(), "rules " + before.rulesVersion() + " → "
                    + after.rulesVersion() + ", eligible " + before.eligible() + " → " + after.eligible() + ", level "
                    + before.highestLevel() + " → " + after.highestLevel() + ", reason: " + why);
            if (changed) {
                events.publishEvent(new SkillCaseRescreened(c.caseNumber(), c.applicant(), after.eligible(), active.name()));
            }
            results.add(new Result(c.caseNumber(), c.status(), before.eligible(), name(before.highestLevel()),
                    after.eligible(), name(after.highestLevel()), after.rulesVersion(), changed));
        }
        return results;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
