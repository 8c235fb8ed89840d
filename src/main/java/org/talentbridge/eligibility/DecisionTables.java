package org.talentbridge.eligibility;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The policy tables of a rules version (docs/decisions/0009), evaluated by Camunda's DMN engine without writing
 * engine history. The versions live in the {@code rules} feature ({@link RuleSetSource}); which one decides is
 * chosen by date: the activated version with the latest effective date on or before the earlier of the reference
 * date and today (a version scheduled for a later date decides nothing yet), or the version a round is pinned to.
 * A draft decides only when it is named ({@link #named}), never a real case. A screening takes one {@link InForce}
 * snapshot and evaluates every table through it, so the version it records is the one it used. The list of
 * activated versions is re-read at most every {@code app.rules.refresh-interval} (at once on the node that
 * activates); the parsed tables of a version never change and are kept per version name.
 */
@Component
public class DecisionTables {

    public static final String TITLE_STANDARD_ROUTE = "titleStandardRoute";
    public static final String TITLE_GREEN_CHANNEL = "titleGreenChannel";
    public static final String ANNUAL_ASSESSMENT = "annualAssessmentCounts";
    public static final String SKILL_FROM_TITLE = "skillFromTitle";
    public static final String EXAM_EQUIVALENCE = "examEquivalence";
    public static final List<String> KEYS = List.of(TITLE_STANDARD_ROUTE, TITLE_GREEN_CHANNEL, ANNUAL_ASSESSMENT,
            SKILL_FROM_TITLE, EXAM_EQUIVALENCE);
    /** The name of the shipped version: the policy the tables implement (浙人社发〔2022〕77号). */
    public static final String POLICY = "ZJ2022-77";

    private static final Logger log = LoggerFactory.getLogger(DecisionTables.class);

    /** One table of a version: its key, an id naming version and table, and the table's revision. */
    public record DecisionVersion(String key, String definitionId, int version) {
    }

    private record Table(DecisionVersion version, DmnDecision decision, Map<Map<String, Object>, Map<String, Object>> answers) {
    }

    /** The tables of one version: what a screening evaluates and records. */
    public static final class InForce {
        private final String name;
        private final boolean draft;
        private final Map<String, Table> tables;
        private final List<DecisionVersion> versions;
        private final String rulesVersion;
        private final DmnEngine dmn;

        private InForce(String name, boolean draft, Map<String, Table> tables, DmnEngine dmn) {
            this.name = name;
            this.draft = draft;
            this.tables = tables;
            this.dmn = dmn;
            this.versions = KEYS.stream().map(k -> tables.get(k).version()).toList();
            this.rulesVersion = DecisionTables.rulesVersion(name, versions);
        }

        /** The version's name ({@code ZJ2022-77} for the shipped tables). */
        public String name() {
            return name;
        }

        public boolean draft() {
            return draft;
        }

        public List<DecisionVersion> versions() {
            return versions;
        }

        /** {@code ZJ2022-77/annualAssessmentCounts.v1+…}: the version's name and the revision of each table. */
        public String rulesVersion() {
            return rulesVersion;
        }

        /** The outputs of the one matching rule of table {@code key} (hit policy UNIQUE), or empty. */
        public Optional<Map<String, Object>> evaluate(String key, Map<String, Object> inputs) {
            Table table = tables.get(key);
            Map<String, Object> known = table.answers().get(inputs);
            if (known != null) {
                return Optional.of(known);
            }
            DmnDecisionRuleResult entries = dmn.evaluateDecisionTable(table.decision(), Variables.fromMap(inputs))
                    .getSingleResult();
            if (entries == null) {
                return Optional.empty();
            }
            Map<String, Object> outputs = Collections.unmodifiableMap(new HashMap<>(entries.getEntryMap()));
            table.answers().putIfAbsent(Map.copyOf(inputs), outputs);
            return Optional.of(outputs);
        }
    }

    private final ObjectProvider<RuleSetSource> sources;
    private volatile RuleSetSource source;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Duration refreshInterval;
    private final Map<String, InForce> parsed = new ConcurrentHashMap<>();
    private volatile List<RuleSet> activated;
    private volatile long checkedAt;
    private volatile Clock clock;

    DecisionTables(ObjectProvider<RuleSetSource> sources, EligibilityProperties properties, ObjectProvider<Clock> clock) {
        this.sources = sources; // looked up on first use: the rules feature that implements it also screens
        this.refreshInterval = properties.refreshInterval();
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    private RuleSetSource source() {
        RuleSetSource s = source;
        if (s == null) {
            s = sources.getObject();
            source = s;
        }
        return s;
    }

    /** Tests move "today". */
    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The version in force today. */
    public InForce inForce() {
        return inForceOn(today());
    }

    /** The version that decides a screening with this reference date (see the class comment). */
    public InForce inForceOn(LocalDate referenceDate) {
        LocalDate day = referenceDate == null || referenceDate.isAfter(today()) ? today() : referenceDate;
        List<RuleSet> versions = activated();
        RuleSet chosen = versions.get(0);
        for (RuleSet v : versions) { // ordered by effective date, then activation
            if (!v.effectiveFrom().isAfter(day)) {
                chosen = v;
            }
        }
        return parsed(chosen);
    }

    /** The version that decides a case of this round: its pinned version, else the one in force by date. */
    public InForce forRound(Long roundId, LocalDate referenceDate) {
        if (roundId != null) {
            Optional<String> pinned = source().pinnedVersion(roundId);
            if (pinned.isPresent()) {
                InForce known = parsed.get(pinned.get()); // an activated version never changes: no need to re-read it
                if (known != null && !known.draft()) {
                    return known;
                }
                return source().named(pinned.get()).map(this::parsed).orElseGet(() -> inForceOn(referenceDate));
            }
        }
        return inForceOn(referenceDate);
    }

    /**
     * A version by name (or by a full rules version string, {@code name/…}); a draft only when {@code drafts}.
     * Anything else is a 400 naming {@code rulesVersion}, whether the version is unknown or a draft the caller may
     * not use, so that nobody learns which drafts exist.
     */
    public InForce named(String name, boolean drafts) {
        String bare = name == null ? "" : name.strip();
        bare = bare.contains("/") ? bare.substring(0, bare.indexOf('/')) : bare;
        Optional<RuleSet> found = bare.isEmpty() || bare.length() > 64 ? Optional.empty() : source().named(bare);
        if (found.isEmpty() || (found.get().draft() && !drafts)) {
            throw InvalidInputException.of("rulesVersion", "validation.rulesVersionUnknown", name);
        }
        return parsed(found.get());
    }

    /** Parses a version that is not stored (yet): a draft being validated. */
    public InForce parse(RuleSet set) {
        return build(set);
    }

    /** Re-reads the activated versions now (after an activation). */
    public synchronized void refresh() {
        List<RuleSet> next = source().activated().stream()
                .sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
        if (next.isEmpty()) {
            throw new IllegalStateException("no rules version is active (the shipped tables were not stored)");
        }
        activated = next;
        checkedAt = System.nanoTime();
    }

    private List<RuleSet> activated() {
        List<RuleSet> current = activated;
        if (current == null || System.nanoTime() - checkedAt > refreshInterval.toNanos()) {
            synchronized (this) {
                if (activated == null || System.nanoTime() - checkedAt > refreshInterval.toNanos()) {
                    try {
                        refresh();
                    } catch (RuntimeException e) {
                        if (activated == null) {
                            throw e;
                        }
                        log.warn("Could not re-read the rules versions; keeping the ones read before", e);
                        checkedAt = System.nanoTime();
                    }
                }
                current = activated;
            }
        }
        return current;
    }

    private InForce parsed(RuleSet set) {
        InForce known = parsed.get(set.name());
        if (known != null && known.draft() == set.draft()) {
            return known;
        }
        InForce built = build(set);
        parsed.put(set.name(), built);
        return built;
    }

    private InForce build(RuleSet set) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String key : KEYS) {
            RuleSet.Table t = set.tables().get(key);
            if (t == null) {
                throw new IllegalStateException("rules version " + set.name() + " has no table " + key);
            }
            DmnDecision decision = dmn.parseDecision(key, new ByteArrayInputStream(t.xml().getBytes(StandardCharsets.UTF_8)));
            tables.put(key, new Table(new DecisionVersion(key, set.name() + ":" + key, t.revision()), decision,
                    new ConcurrentHashMap<>()));
        }
        return new InForce(set.name(), set.draft(), Map.copyOf(tables), dmn);
    }

    static String rulesVersion(String name, List<DecisionVersion> versions) {
        StringBuilder s = new StringBuilder(name).append('/');
        versions.stream().sorted(Comparator.comparing(DecisionVersion::key))
                .forEach(v -> s.append(v.key()).append(".v").append(v.version()).append('+'));
        return s.substring(0, s.length() - 1);
    }
}
