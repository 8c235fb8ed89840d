package org.talentbridge.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseDetails;
import org.talentbridge.casework.CaseFacts;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.ScreeningRecord;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.DecisionTables;
import org.talentbridge.eligibility.TitleScreening;
import org.talentbridge.eligibility.TitleScreeningResult;
import org.talentbridge.eligibility.SkillScreening;
import org.talentbridge.round.RoundService;
import org.talentbridge.skilleval.SkillCaseFacts;
import org.talentbridge.skilleval.SkillCaseRescreening;
import org.talentbridge.skilleval.SkillScreeningRecord;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.security.RunAs;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * What-if (issue 18 item 4): a draft re-screens real cases in the background — every open title and skill case, or
 * every case of a chosen round — on the evidence and reference date of their last screening, and lists those whose
 * outcome (eligible, max level, route) would change, with the rules that make the difference. Cases are read through
 * casework's and skill evaluation's public services; nothing is written to them. The finished report is stored (V61)
 * for the history.
 */
@Service
public class WhatIf {

    /**
     * One case whose outcome would change; {@code pathway} T (a title case: levels are title levels) or S (a skill case:
     * levels are skill levels, no route). Reports stored before pathway S was added have no pathway: T.
     */
    public record Change(String caseNumber, String status, boolean eligibleBefore, String levelBefore, String routeBefore,
                         boolean eligibleAfter, String levelAfter, String routeAfter, List<String> rules, String pathway) {

        public boolean skill() {
            return "S".equals(pathway);
        }
    }

    /** A run: progress while it runs, the changes when done. */
    public record Progress(long id, String version, Long roundId, int total, int done, boolean finished, String failure,
                           List<Change> changed) {
    }

    private static final Logger log = LoggerFactory.getLogger(WhatIf.class);
    private static final int MAX_RUNS_KEPT = 20;

    private final RulesVersionService versions;
    private final TitleCaseService cases;
    private final SkillCaseFacts skillCases;
    private final SkillScreening skillScreening;
    private final RoundService rounds;
    private final TitleScreening screening;
    private final DecisionTables tables;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "what-if");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    private static final class Run {
        final long id;
        final String version;
        final Long roundId;
        volatile int total;
        final AtomicInteger done = new AtomicInteger();
        final List<Change> changed = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile boolean finished;
        volatile String failure;

        Run(long id, String version, Long roundId) {
            this.id = id;
            this.version = version;
            this.roundId = roundId;
        }

        Progress progress() {
            return new Progress(id, version, roundId, total, done.get(), finished, failure, List.copyOf(changed));
        }
    }

    WhatIf(RulesVersionService versions, TitleCaseService cases, SkillCaseFacts skillCases, SkillScreening skillScreening,
           RoundService rounds, TitleScreening screening, DecisionTables tables, JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.versions = versions;
        this.cases = cases;
        this.skillCases = skillCases;
        this.skillScreening = skillScreening;
        this.rounds = rounds;
        this.screening = screening;
        this.tables = tables;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Starts a run of a draft over every open case ({@code roundId} null: title and skill cases) or every case of a
     * round (title cases: skill cases have no rounds).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Progress start(String draftName, Long roundId) {
        RulesVersionStore.Row row = versions.existing(draftName);
        if (!row.draft()) {
            throw InvalidInputException.of("rulesVersion", "rules.gate.notDraft", draftName);
        }
        if (roundId != null && rounds.find(roundId).isEmpty()) {
            throw InvalidInputException.of("roundId", "rules.whatIf.noRound", roundId);
        }
        DecisionTables.InForce draft = tables.named(row.name(), true);
        String actor = AuditLog.currentActor();
        Run run = new Run(ids.incrementAndGet(), row.name(), roundId);
        runs.put(run.id, run);
        runs.keySet().stream().sorted().limit(Math.max(0, runs.size() - MAX_RUNS_KEPT)).toList().forEach(runs::remove);
        worker.submit(() -> RunAs.run(actor, Role.ADMIN.authority(), () -> execute(run, row.id(), draft, actor)));
        return run.progress();
    }

    /** A stored report: who ran it when, over which round (null: every open case), how many cases and changes. */
    public record Report(long id, java.time.OffsetDateTime runAt, String runBy, Long roundId, int screened, int changed) {
    }

    /** The finished what-if reports of a version, newest first (the history). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Report> reports(String name) {
        RulesVersionStore.Row row = versions.existing(name);
        return jdbc.query("SELECT id, run_at, run_by, round_id, screened, jsonb_array_length(changed) FROM tb.rules_what_if"
                + " WHERE version_id = ? ORDER BY id DESC LIMIT 20", (rs, i) -> new Report(rs.getLong(1),
                rs.getObject(2, java.time.OffsetDateTime.class), rs.getString(3), (Long) rs.getObject(4), rs.getInt(5),
                rs.getInt(6)), row.id());
    }

    /** A stored report's changed cases (to open or export it from the history); empty when not of this version. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Change> changesOf(String name, long reportId) {
        RulesVersionStore.Row row = versions.existing(name);
        List<String> stored = jdbc.queryForList("SELECT changed::text FROM tb.rules_what_if WHERE id = ? AND version_id = ?",
                String.class, reportId, row.id());
        if (stored.isEmpty()) {
            throw InvalidInputException.of("reportId", "rules.whatIf.noReport", reportId);
        }
        try {
            return List.of(json.readValue(stored.get(0), Change[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("what-if report " + reportId + " unreadable", e);
        }
    }

    /** A run's progress (or its report when finished). */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Progress> progress(long id) {
        return Optional.ofNullable(runs.get(id)).map(Run::progress);
    }

    private void execute(Run run, long versionId, DecisionTables.InForce draft, String actor) {
        try {
            List<String> numbers = caseNumbers(run.roundId);
            List<String> skill = run.roundId == null ? skillCases.openCaseNumbers() : List.of(); // skill cases have no rounds
            run.total = numbers.size() + skill.size();
            for (String number : numbers) {
                cases.details(number).ifPresent(d -> d.screening().ifPresent(s -> compare(run, d, s, draft)));
                run.done.incrementAndGet();
            }
            for (String number : skill) {
                skillCases.screened(number).ifPresent(c -> compare(run, c, draft));
                run.done.incrementAndGet();
            }
            jdbc.update("INSERT INTO tb.rules_what_if (version_id, round_id, run_by, screened, changed) VALUES (?, ?, ?, ?, ?::jsonb)",
                    versionId, run.roundId, actor, run.total, json.writeValueAsString(run.changed));
        } catch (RuntimeException | JsonProcessingException e) {
            log.warn("What-if {} of {} failed", run.id, run.version, e);
            run.failure = String.valueOf(e.getMessage());
        } finally {
            run.finished = true;
        }
    }

    private List<String> caseNumbers(Long roundId) {
        List<RoundView> chosen = roundId == null ? rounds.all() : List.of(rounds.find(roundId).orElseThrow());
        List<CaseStatus> statuses = Arrays.stream(CaseStatus.values()).filter(s -> roundId != null || s.isActive()).toList();
        Set<String> numbers = new LinkedHashSet<>();
        for (RoundView round : chosen) {
            for (CaseStatus status : statuses) {
                cases.factsOfRound(round.id(), status, null).stream().map(CaseFacts::caseNumber).forEach(numbers::add);
            }
        }
        return List.copyOf(numbers);
    }

    private void compare(Run run, CaseDetails details, ScreeningRecord record, DecisionTables.InForce draft) {
        TitleScreeningResult before = record.result();
        TitleScreeningResult after = screening.screen(record.input(), draft);
        if (before.eligible() == after.eligible() && Objects.equals(before.maxLevel(), after.maxLevel())
                && Objects.equals(before.route(), after.route())) {
            return;
        }
        Set<String> beforeLines = new LinkedHashSet<>(before.checks().stream().map(WhatIf::line).toList());
        List<String> rules = after.checks().stream().filter(c -> !beforeLines.contains(line(c))).map(Check::rule)
                .distinct().toList();
        run.changed.add(new Change(details.summary().caseNumber(), details.summary().status().name(),
                before.eligible(), name(before.maxLevel()), before.route(), after.eligible(), name(after.maxLevel()),
                after.route(), rules, "T"));
    }

    /** A skill case: its stored screening against the draft's on the same request (the routing it had kept). */
    private void compare(Run run, SkillCaseFacts.Screened c, DecisionTables.InForce draft) {
        SkillScreeningRecord before = c.record();
        SkillScreeningRecord after = SkillCaseRescreening.rescreen(c, skillScreening, draft, java.time.OffsetDateTime.now(clock));
        if (before.eligible() == after.eligible() && Objects.equals(before.highestLevel(), after.highestLevel())) {
            return;
        }
        Set<String> beforeLines = new LinkedHashSet<>(before.checks().stream().map(WhatIf::line).toList());
        List<String> rules = after.checks().stream().filter(ch -> !beforeLines.contains(line(ch))).map(Check::rule)
                .distinct().toList();
        run.changed.add(new Change(c.caseNumber(), c.status().name(), before.eligible(), name(before.highestLevel()), null,
                after.eligible(), name(after.highestLevel()), null, rules, "S"));
    }

    private static String line(Check c) {
        return c.rule() + "|" + c.outcome() + "|" + c.messageKey() + "|" + c.arguments();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** The changed cases as .xlsx rows (headers in the reader's language are the caller's). */
    public static List<List<Object>> rows(List<Change> changes) {
        return changes.stream().<List<Object>>map(c -> Arrays.asList(c.skill() ? "S" : "T", c.caseNumber(), c.status(), c.eligibleBefore(),
                c.levelBefore(), c.routeBefore(), c.eligibleAfter(), c.levelAfter(), c.routeAfter(),
                String.join(", ", c.rules()))).toList();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

}
