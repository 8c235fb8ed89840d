package org.talentbridge.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
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
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The policy tables of {@code processes/*.dmn}, evaluated by Camunda's DMN engine without writing engine
 * history. The latest deployed version of each decision is parsed once. A screening takes one
 * {@link InForce} snapshot and evaluates every table through it, so the versions it records are the ones
 * it used, even while a redeployed table is being picked up ({@link #refresh()}, at most every
 * {@code app.rules.refresh-interval}). Answers are remembered per input for the rules that match (the
 * tables are pure functions of a few enum values); inputs that match no rule are not remembered.
 */
@Component
public class DecisionTables {

    public static final String TITLE_STANDARD_ROUTE = "titleStandardRoute";
    public static final String TITLE_GREEN_CHANNEL = "titleGreenChannel";
    public static final String ANNUAL_ASSESSMENT = "annualAssessmentCounts";
    public static final String SKILL_FROM_TITLE = "skillFromTitle";
    public static final String EXAM_EQUIVALENCE = "examEquivalence";
    static final List<String> KEYS = List.of(TITLE_STANDARD_ROUTE, TITLE_GREEN_CHANNEL, ANNUAL_ASSESSMENT,
            SKILL_FROM_TITLE, EXAM_EQUIVALENCE);
    /** The policy the tables implement (浙人社发〔2022〕77号); part of every rules version string. */
    static final String POLICY = "ZJ2022-77";

    private static final Logger log = LoggerFactory.getLogger(DecisionTables.class);

    /** One deployed decision: its engine id and version, for the record of every screening. */
    public record DecisionVersion(String key, String definitionId, int version) {
    }

    private record Table(DecisionVersion version, DmnDecision decision, Map<Map<String, Object>, Map<String, Object>> answers) {
    }

    /** The tables in force at one moment: what a screening evaluates and records. */
    public static final class InForce {
        private final Map<String, Table> tables;
        private final List<DecisionVersion> versions;
        private final String rulesVersion;
        private final DmnEngine dmn;

        private InForce(Map<String, Table> tables, DmnEngine dmn) {
            this.tables = tables;
            this.dmn = dmn;
            this.versions = KEYS.stream().map(k -> tables.get(k).version()).toList();
            this.rulesVersion = DecisionTables.rulesVersion(versions);
        }

        public List<DecisionVersion> versions() {
            return versions;
        }

        /** {@code ZJ2022-77/titleStandardRoute.v1+…}: the policy and the version of each table. */
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

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Duration refreshInterval;
    private volatile InForce inForce;
    private volatile long checkedAt;

    DecisionTables(RepositoryService repository, EligibilityProperties properties) {
        this.repository = repository;
        this.refreshInterval = properties.refreshInterval();
    }

    /** The tables now in force; looks for newly deployed versions when the refresh interval has passed. */
    public InForce inForce() {
        InForce current = inForce;
        if (current == null || System.nanoTime() - checkedAt > refreshInterval.toNanos()) {
            current = refreshIfDue();
        }
        return current;
    }

    private synchronized InForce refreshIfDue() {
        if (inForce == null || System.nanoTime() - checkedAt > refreshInterval.toNanos()) {
            try {
                refresh();
            } catch (RuntimeException e) {
                if (inForce == null) {
                    throw e;
                }
                log.warn("Could not look for new decision table versions; keeping {}", inForce.rulesVersion(), e);
                checkedAt = System.nanoTime();
            }
        }
        return inForce;
    }

    /** Looks up the latest deployed version of every table now (after a redeployment). */
    public synchronized void refresh() {
        Map<String, Table> next = new LinkedHashMap<>();
        for (String key : KEYS) {
            DecisionDefinition latest = latest(key);
            Table current = inForce == null ? null : inForce.tables.get(key);
            next.put(key, current != null && current.version().definitionId().equals(latest.getId()) ? current : parse(latest));
        }
        inForce = new InForce(Map.copyOf(next), dmn);
        checkedAt = System.nanoTime();
    }

    static String rulesVersion(List<DecisionVersion> versions) {
        StringBuilder s = new StringBuilder(POLICY).append('/');
        versions.stream().sorted(Comparator.comparing(DecisionVersion::key))
                .forEach(v -> s.append(v.key()).append(".v").append(v.version()).append('+'));
        return s.substring(0, s.length() - 1);
    }

    private DecisionDefinition latest(String key) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("decision table " + key + " is not deployed (processes/*.dmn)");
        }
        return latest;
    }

    private Table parse(DecisionDefinition definition) {
        try (InputStream model = repository.getDecisionModel(definition.getId())) {
            DmnDecision decision = dmn.parseDecision(definition.getKey(), model);
            return new Table(new DecisionVersion(definition.getKey(), definition.getId(), definition.getVersion()),
                    decision, new ConcurrentHashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
