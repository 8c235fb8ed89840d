package org.talentbridge.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.eligibility.DecisionTables;
import org.talentbridge.eligibility.RuleSet;
import org.talentbridge.eligibility.RuleSetSource;
import org.talentbridge.rules.RulesVersionView.State;
import org.talentbridge.rules.RulesVersionView.TableRevision;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Rules versions (issue 18, docs/decisions/0009): the list and history, drafts uploaded and validated, activation
 * from a date and round pins. The policy office's actions are an administrator's (ADMIN) and audited; screening
 * reads the versions through {@link RuleSetSource}.
 */
@Service
public class RulesVersionService implements RuleSetSource {

    public static final int MAX_FILES = DecisionTables.KEYS.size();
    static final int MAX_FILE_CHARS = 256 * 1024;

    private final RulesVersionStore store;
    private final ShippedRules shipped;
    private final DecisionTables tables;
    private final AuditLog audit;

    RulesVersionService(RulesVersionStore store, ShippedRules shipped, DecisionTables tables, AuditLog audit) {
        this.store = store;
        this.shipped = shipped;
        this.tables = tables;
        this.audit = audit;
    }

    @Override
    public List<RuleSet> activated() {
        shipped.storeIfNone();
        return store.all().stream().filter(r -> !r.draft()).map(store::ruleSet).toList();
    }

    @Override
    public Optional<RuleSet> named(String name) {
        shipped.storeIfNone();
        return store.named(name).map(store::ruleSet);
    }

    @Override
    public Optional<String> pinnedVersion(long roundId) {
        return store.pinnedVersion(roundId);
    }

    /** Every version, newest first; drafts and scheduled ones only for {@code staff}. */
    @Transactional(readOnly = true)
    public List<RulesVersionView> versions(boolean staff) {
        shipped.storeIfNone();
        List<RulesVersionStore.Row> rows = store.all();
        LocalDate today = tables.today();
        String active = tables.inForce().name();
        List<RulesVersionView> views = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            RulesVersionView v = view(rows.get(i), today, active);
            if (staff || v.state() == State.ACTIVE || v.state() == State.SUPERSEDED) {
                views.add(v);
            }
        }
        return views;
    }

    /** One version (drafts only for staff). */
    @Transactional(readOnly = true)
    public Optional<RulesVersionView> version(String name, boolean staff) {
        return versions(staff).stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The tables of a version: decision key → DMN XML. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, String> tablesOf(String name) {
        RulesVersionStore.Row row = existing(name);
        Map<String, String> xml = new LinkedHashMap<>();
        store.tables(row.id()).values().forEach(t -> xml.put(t.key(), t.xml()));
        return xml;
    }

    /**
     * A draft from uploaded {@code .dmn} files (file name → text): each file replaces the table of its decision key
     * in the version in force today; the others are copied. A broken file is refused naming table, rule and reason.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RulesVersionView upload(String name, String description, Map<String, String> files) {
        shipped.storeIfNone();
        String clean = name == null ? "" : name.strip();
        if (!clean.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw InvalidInputException.of("name", "rules.draft.badName");
        }
        if (store.named(clean).isPresent()) {
            throw InvalidInputException.of("name", "rules.draft.nameTaken", clean);
        }
        if (description != null && description.length() > 500) {
            throw InvalidInputException.of("description", "validation.tooLong");
        }
        if (files == null || files.isEmpty() || files.size() > MAX_FILES) {
            throw InvalidInputException.of("files", "rules.draft.fileCount", MAX_FILES);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String[]> byKey = new LinkedHashMap<>(); // key → {file name, xml}
        files.forEach((file, xml) -> {
            if (xml == null || xml.length() > MAX_FILE_CHARS || !file.endsWith(".dmn")) {
                problems.add(new FieldProblem("files[" + file + "]", "rules.draft.fileTooLarge", file, MAX_FILE_CHARS / 1024));
                return;
            }
            DraftValidator.Checked checked = DraftValidator.check(file, xml);
            problems.addAll(checked.problems());
            if (checked.key() != null && byKey.putIfAbsent(checked.key(), new String[] {file, xml}) != null) {
                problems.add(new FieldProblem("files[" + file + "]", "rules.draft.sameTableTwice", checked.key()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String baseName = tables.inForce().name();
        RulesVersionStore.Row base = existing(baseName);
        Map<String, RulesVersionStore.TableRow> baseTables = store.tables(base.id());
        if (byKey.entrySet().stream().allMatch(e -> e.getValue()[1].equals(baseTables.get(e.getKey()).xml()))) {
            throw InvalidInputException.of("files", "rules.draft.noChange", baseName);
        }
        Map<String, RuleSet.Table> draft = new LinkedHashMap<>();
        Map<String, String> fileNames = new LinkedHashMap<>();
        for (String key : DecisionTables.KEYS) {
            String[] uploaded = byKey.get(key);
            String xml = uploaded == null ? baseTables.get(key).xml() : uploaded[1];
            fileNames.put(key, uploaded == null ? baseTables.get(key).fileName() : uploaded[0]);
            draft.put(key, new RuleSet.Table(key, store.revisionOf(key, xml), xml));
        }
        try {
            tables.parse(new RuleSet(clean, true, null, draft));
        } catch (RuntimeException e) {
            throw InvalidInputException.of("files", "rules.draft.unreadable", String.join(", ", byKey.keySet()),
                    String.valueOf(e.getMessage()).substring(0, Math.min(200, String.valueOf(e.getMessage()).length())));
        }
        long id = store.insert(clean, description == null || description.isBlank() ? null : description.strip(), base.id(),
                AuditLog.currentActor()).orElseThrow(() -> InvalidInputException.of("name", "rules.draft.nameTaken", clean));
        draft.values().forEach(t -> store.insertTable(id, t.key(), fileNames.get(t.key()), t.revision(), t.xml()));
        audit.record("RULES_DRAFT_UPLOADED", "rules:" + clean, "based on " + baseName + ", tables " + byKey.keySet());
        return view(existing(clean), tables.today(), baseName);
    }

    /**
     * Activates a draft from a date (today or later; the policy does not reopen decisions). It needs an acknowledged
     * gate run ({@link RegressionGate}). Screenings from that date (by their reference date) use it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RulesVersionView activate(String name, LocalDate effectiveFrom) {
        RulesVersionStore.Row row = existing(name);
        if (!row.draft()) {
            throw InvalidInputException.of("name", "rules.activate.notDraft", name);
        }
        if (effectiveFrom == null || effectiveFrom.isBefore(tables.today())) {
            throw InvalidInputException.of("effectiveFrom", "rules.activate.past", tables.today());
        }
        if (store.all().stream().anyMatch(r -> effectiveFrom.equals(r.effectiveFrom()))) {
            throw InvalidInputException.of("effectiveFrom", "rules.activate.dateTaken", effectiveFrom);
        }
        Optional<RulesVersionStore.GateRow> run = store.latestGateRun(row.id());
        if (run.isEmpty() || run.get().acknowledgedAt() == null) {
            throw InvalidInputException.of("gate", "rules.activate.gateNotAcknowledged", name);
        }
        store.activate(row.id(), effectiveFrom, AuditLog.currentActor());
        audit.record("RULES_ACTIVATED", "rules:" + name, "effective from " + effectiveFrom + ", gate run " + run.get().id());
        tables.refresh();
        return view(existing(name), tables.today(), tables.inForce().name());
    }

    /** Pins a round to an activated version (or unpins it with {@code null}): its cases are screened under it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void pin(long roundId, String name) {
        if (name == null) {
            store.unpin(roundId);
            audit.record("RULES_ROUND_UNPINNED", "round:" + roundId, "");
            return;
        }
        RulesVersionStore.Row row = existing(name);
        if (row.draft()) {
            throw InvalidInputException.of("rulesVersion", "rules.pin.draft", name);
        }
        store.pin(roundId, row.id(), AuditLog.currentActor());
        audit.record("RULES_ROUND_PINNED", "round:" + roundId, name);
    }

    /** What a version changed against the version it was based on, table by table (empty for the first one). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TableDiff.Change> diff(String name) {
        RulesVersionStore.Row row = existing(name);
        if (row.basedOn() == null) {
            return List.of();
        }
        Map<String, RulesVersionStore.TableRow> base = store.tables(existing(row.basedOn()).id());
        List<TableDiff.Change> changes = new ArrayList<>();
        store.tables(row.id()).forEach((key, t) -> {
            RulesVersionStore.TableRow was = base.get(key);
            if (was != null && !was.xml().equals(t.xml())) {
                changes.addAll(TableDiff.between(key, was.xml(), t.xml()));
            }
        });
        return changes;
    }

    RulesVersionStore.Row existing(String name) {
        return store.named(name == null ? "" : name.strip())
                .orElseThrow(() -> InvalidInputException.of("rulesVersion", "validation.rulesVersionUnknown", name));
    }

    private RulesVersionView view(RulesVersionStore.Row r, LocalDate today, String active) {
        State state = r.draft() ? State.DRAFT : r.effectiveFrom().isAfter(today) ? State.SCHEDULED
                : r.name().equals(active) ? State.ACTIVE : State.SUPERSEDED;
        List<TableRevision> revisions = store.tables(r.id()).values().stream()
                .map(t -> new TableRevision(t.key(), t.fileName(), t.revision())).toList();
        return new RulesVersionView(r.name(), state, r.effectiveFrom(), r.description(), r.basedOn(), r.createdBy(),
                r.createdAt(), r.activatedBy(), r.activatedAt(), revisions);
    }
}
