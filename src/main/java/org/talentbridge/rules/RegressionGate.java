package org.talentbridge.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.eligibility.DecisionTables;
import org.talentbridge.rules.PolicyCases.Answer;
import org.talentbridge.rules.PolicyCases.PolicyCase;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The regression gate (issue 18 item 3): the policy cases screened under a draft and under the version in force;
 * every case whose answer changes, side by side. Activating the draft needs its latest run acknowledged: the changed
 * cases named (one by one or all of them) with a reason, recorded in the audit trail.
 */
@Service
public class RegressionGate {

    /** One changed case: the answer under the version in force and under the draft. */
    public record Change(String caseId, String description, String pathway, Answer before, Answer after) {
    }

    /** A run as stored. */
    public record Run(long id, String version, OffsetDateTime runAt, String runBy, int cases, List<Change> changed,
                      String acknowledgedBy, OffsetDateTime acknowledgedAt, String reason) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    static final int MAX_REASON = 1000;

    private final RulesVersionService versions;
    private final RulesVersionStore store;
    private final PolicyCases cases;
    private final DecisionTables tables;
    private final AuditLog audit;
    private final ObjectMapper json;

    RegressionGate(RulesVersionService versions, RulesVersionStore store, PolicyCases cases, DecisionTables tables,
                   AuditLog audit, ObjectMapper json) {
        this.versions = versions;
        this.store = store;
        this.cases = cases;
        this.tables = tables;
        this.audit = audit;
        this.json = json;
    }

    /** Runs the policy cases against a draft and stores the run. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Run run(String draftName) {
        RulesVersionStore.Row row = versions.existing(draftName);
        if (!row.draft()) {
            throw InvalidInputException.of("rulesVersion", "rules.gate.notDraft", draftName);
        }
        DecisionTables.InForce draft = tables.named(row.name(), true);
        DecisionTables.InForce current = tables.inForce();
        List<Change> changed = new ArrayList<>();
        for (PolicyCase c : cases.all()) {
            Answer before = cases.answer(c, current);
            Answer after = cases.answer(c, draft);
            if (!before.equals(after)) {
                changed.add(new Change(c.id(), c.description(), c.pathway(), before, after));
            }
        }
        long id = store.insertGateRun(row.id(), AuditLog.currentActor(), cases.all().size(), write(changed));
        audit.record("RULES_GATE_RUN", "rules:" + row.name(), "against " + current.name() + ": " + changed.size() + " of "
                + cases.all().size() + " policy cases change " + changed.stream().map(Change::caseId).toList());
        return latest(row.name()).orElseThrow();
    }

    /** The latest run of a version, if any. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Run> latest(String name) {
        RulesVersionStore.Row row = versions.existing(name);
        return store.latestGateRun(row.id()).map(g -> new Run(g.id(), row.name(), g.runAt(), g.runBy(), g.cases(),
                read(g.changedJson()), g.acknowledgedBy(), g.acknowledgedAt(), g.reason()));
    }

    /**
     * Acknowledges the latest run: {@code caseIds} must be exactly its changed cases (ticked one by one, or all at
     * once), and a reason is required.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Run acknowledge(String draftName, Set<String> caseIds, String reason) {
        Run run = latest(draftName).orElseThrow(() -> InvalidInputException.of("gate", "rules.gate.notRun", draftName));
        if (run.acknowledged()) {
            throw InvalidInputException.of("gate", "rules.gate.alreadyAcknowledged", run.acknowledgedBy());
        }
        Set<String> changed = new TreeSet<>(run.changed().stream().map(Change::caseId).toList());
        Set<String> ticked = caseIds == null ? Set.of() : new TreeSet<>(caseIds);
        if (!ticked.equals(changed)) {
            Set<String> missing = new TreeSet<>(changed);
            missing.removeAll(ticked);
            throw InvalidInputException.of("caseIds", "rules.gate.notAllAcknowledged", String.join(", ", missing.isEmpty()
                    ? ticked.stream().filter(t -> !changed.contains(t)).toList() : List.copyOf(missing)));
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", clean.isEmpty() ? "validation.required" : "validation.tooLong");
        }
        store.acknowledge(run.id(), AuditLog.currentActor(), clean);
        audit.record("RULES_GATE_ACKNOWLEDGED", "rules:" + run.version(), "run " + run.id() + ", changed " + changed
                + ", reason: " + clean);
        return latest(draftName).orElseThrow();
    }

    private String write(List<Change> changed) {
        try {
            return json.writeValueAsString(changed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Change> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<Change>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
