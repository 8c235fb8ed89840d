package org.talentbridge.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.stereotype.Component;

/**
 * The policy tables of {@code processes/*.dmn}, evaluated by Camunda's DMN engine without writing engine
 * history. The latest deployed version of each decision is parsed once; its answers are remembered per
 * input (the tables are pure functions of a few enum values), so a redeployed table takes effect as soon as
 * the version is looked up again ({@link #refresh()}, at most every {@code app.rules.refresh-interval}).
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

    /** One deployed decision: its engine id and version, for the record of every screening. */
    public record DecisionVersion(String key, String definitionId, int version) {
    }

    private record Loaded(DecisionVersion version, DmnDecision decision,
                          Map<Map<String, Object>, Optional<Map<String, Object>>> answers) {
    }

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Duration refreshInterval;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    private volatile long checkedAt;
    /** The versions in force and their rules version string, swapped together. */
    public record InForce(List<DecisionVersion> versions, String rulesVersion) {
    }

    private volatile InForce inForce = new InForce(List.of(), "");

    DecisionTables(RepositoryService repository, EligibilityProperties properties) {
        this.repository = repository;
        this.refreshInterval = properties.refreshInterval();
    }

    /**
     * The output of the one matching rule of table {@code key} for these inputs, or empty when no rule
     * matches (the tables have hit policy UNIQUE).
     */
    public Optional<Map<String, Object>> evaluate(String key, Map<String, Object> inputs) {
        Loaded table = table(key);
        return table.answers().computeIfAbsent(Map.copyOf(inputs), in -> {
            DmnDecisionRuleResult entries = dmn.evaluateDecisionTable(table.decision(), Variables.fromMap(in))
                    .getSingleResult();
            return entries == null ? Optional.empty() : Optional.of(Map.copyOf(entries.getEntryMap()));
        });
    }

    /** The versions of every table now in force (in a fixed order) and the rules version string naming them. */
    public InForce inForce() {
        table(KEYS.get(0)); // refreshes when due
        return inForce;
    }

    /** {@code ZJ2022-77/titleStandardRoute.v1+…}: names the policy and the version of each table. */
    public static String rulesVersion(List<DecisionVersion> versions) {
        StringBuilder s = new StringBuilder(POLICY).append('/');
        versions.stream().sorted(Comparator.comparing(DecisionVersion::key))
                .forEach(v -> s.append(v.key()).append(".v").append(v.version()).append('+'));
        return s.substring(0, s.length() - 1);
    }

    /** Looks up the latest deployed version of every table now (after a redeployment). */
    public void refresh() {
        for (String key : KEYS) {
            DecisionDefinition latest = latest(key);
            Loaded current = loaded.get(key);
            if (current == null || !current.version().definitionId().equals(latest.getId())) {
                loaded.put(key, parse(latest));
            }
        }
        List<DecisionVersion> now = new ArrayList<>();
        for (String key : KEYS) {
            now.add(loaded.get(key).version());
        }
        inForce = new InForce(List.copyOf(now), rulesVersion(now));
        checkedAt = System.nanoTime();
    }

    private Loaded table(String key) {
        if (loaded.size() < KEYS.size() || System.nanoTime() - checkedAt > refreshInterval.toNanos()) {
            synchronized (this) {
                if (loaded.size() < KEYS.size() || System.nanoTime() - checkedAt > refreshInterval.toNanos()) {
                    refresh();
                }
            }
        }
        return loaded.get(key);
    }

    private DecisionDefinition latest(String key) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("decision table " + key + " is not deployed (processes/*.dmn)");
        }
        return latest;
    }

    private Loaded parse(DecisionDefinition definition) {
        try (InputStream model = repository.getDecisionModel(definition.getId())) {
            DmnDecision decision = dmn.parseDecision(definition.getKey(), model);
            return new Loaded(new DecisionVersion(definition.getKey(), definition.getId(), definition.getVersion()),
                    decision, new ConcurrentHashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
