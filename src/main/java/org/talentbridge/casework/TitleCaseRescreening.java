package org.talentbridge.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.eligibility.DecisionTables;
import org.talentbridge.eligibility.TitleScreening;
import org.talentbridge.eligibility.TitleScreeningResult;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.KnownCases;
import org.talentbridge.shared.validation.RequiredText;

/**
 * The policy office re-screens a chosen set of screened title cases under the active rules version (issue 18 item 5,
 * decision 0009): on the evidence and reference date of each case's last screening, stored as its newest screening
 * (naming the version), audited with the reason; the applicant is told when the outcome (eligible, max level, route)
 * changed. The case's status and process are not touched; cases not chosen keep their decision.
 */
@Service
public class TitleCaseRescreening {

    /** One re-screened case: the outcome before and after and the version that made the new one. */
    public record Result(String caseNumber, CaseStatus status, boolean eligibleBefore, String levelBefore, String routeBefore,
                         boolean eligibleAfter, String levelAfter, String routeAfter, String rulesVersion, boolean changed) {
    }

    /** A chosen case and its last screening. */
    private record Chosen(TitleCase titleCase, ScreeningRecord last) {
    }

    private final TitleCaseRepository cases;
    private final CaseScreeningRepository screenings;
    private final TitleScreening screening;
    private final DecisionTables tables;
    private final AccountService accounts;
    private final CaseJson json;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TitleCaseRescreening(TitleCaseRepository cases, CaseScreeningRepository screenings, TitleScreening screening,
                         DecisionTables tables, AccountService accounts, CaseJson json, AuditLog audit,
                         ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.screenings = screenings;
        this.screening = screening;
        this.tables = tables;
        this.accounts = accounts;
        this.json = json;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Re-screens the given title cases under the version in force today. Every number must be a screened title case
     * (a 400 naming {@code caseNumbers} otherwise, nothing written); the reason is required.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<Result> rescreen(Collection<String> caseNumbers, String reason) {
        String why = RequiredText.of(reason, "reason", 1000);
        List<Chosen> chosen = KnownCases.all(caseNumbers, number -> cases.findByCaseNumber(number)
                .flatMap(c -> screenings.findFirstByCaseIdOrderByScreenedAtDescIdDesc(c.getId())
                        .map(x -> new Chosen(c, json.read(x.getOutcome(), ScreeningRecord.class)))),
                "caseNumbers", "rules.rescreen.unknownCases");
        DecisionTables.InForce active = tables.inForce();
        List<Result> results = new ArrayList<>();
        for (Chosen one : chosen) {
            TitleCase c = one.titleCase();
            ScreeningRecord record = one.last();
            TitleScreeningResult before = record.result();
            TitleScreeningResult after = screening.screen(record.input(), active);
            screenings.save(new CaseScreening(c.getId(), after.eligible(), name(after.maxLevel()), after.route(),
                    after.rulesVersion(), json.write(new ScreeningRecord(OffsetDateTime.now(clock), record.input(), after))));
            boolean changed = before.eligible() != after.eligible() || !Objects.equals(before.maxLevel(), after.maxLevel())
                    || !Objects.equals(before.route(), after.route());
            audit.record("case.rescreened", "case:" + c.getCaseNumber(), "rules " + before.rulesVersion() + " → "
                    + after.rulesVersion() + ", eligible " + before.eligible() + " → " + after.eligible() + ", maxLevel "
                    + before.maxLevel() + " → " + after.maxLevel() + ", route " + before.route() + " → " + after.route()
                    + ", reason: " + why);
            if (changed) {
                accounts.findById(c.getApplicantId()).ifPresent(a -> events.publishEvent(
                        new CaseRescreened(c.getCaseNumber(), a.username(), after.eligible(), active.name())));
            }
            results.add(new Result(c.getCaseNumber(), c.getStatus(), before.eligible(), name(before.maxLevel()), before.route(),
                    after.eligible(), name(after.maxLevel()), after.route(), after.rulesVersion(), changed));
        }
        return results;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
