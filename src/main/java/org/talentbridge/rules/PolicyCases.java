package org.talentbridge.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.talentbridge.eligibility.DecisionTables;
import org.talentbridge.eligibility.ExamEquivalence;
import org.talentbridge.eligibility.ExamEquivalenceRequest;
import org.talentbridge.eligibility.SkillScreening;
import org.talentbridge.eligibility.SkillScreeningRequest;
import org.talentbridge.eligibility.SkillScreeningResult;
import org.talentbridge.eligibility.TitleScreening;
import org.talentbridge.eligibility.TitleScreeningRequest;
import org.talentbridge.eligibility.TitleScreeningResult;

/**
 * The policy's boundary cases as data ({@code rules/policy-cases.json}): the cases the screening tests pin, each
 * with the rule it exercises and the expected answer under the shipped tables. The regression gate screens them
 * under a draft and under the version in force.
 */
@Component
public class PolicyCases {

    /** One policy case. {@code request} is the body of the screening endpoint of its pathway. */
    public record PolicyCase(String id, String pathway, String description, JsonNode request, Answer expected) {
    }

    /** What a case's answer is compared on: eligible, the level (max, highest or education), the route, the rule. */
    public record Answer(boolean eligible, String level, String route, String rule) {
    }

    private final List<PolicyCase> cases;
    private final ObjectMapper json;
    private final TitleScreening title;
    private final SkillScreening skill;
    private final ExamEquivalence exam;

    PolicyCases(ObjectMapper json, TitleScreening title, SkillScreening skill, ExamEquivalence exam) {
        this.json = json;
        this.title = title;
        this.skill = skill;
        this.exam = exam;
        try (InputStream in = PolicyCases.class.getResourceAsStream("/rules/policy-cases.json")) {
            this.cases = List.copyOf(json.readValue(in, new TypeReference<List<PolicyCase>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<PolicyCase> all() {
        return cases;
    }

    /** The answer of one case under one version. */
    public Answer answer(PolicyCase c, DecisionTables.InForce rules) {
        try {
            return switch (c.pathway()) {
                case "TITLE" -> {
                    TitleScreeningResult r = title.screen(json.treeToValue(c.request(), TitleScreeningRequest.class), rules);
                    yield new Answer(r.eligible(), r.maxLevel() == null ? null : r.maxLevel().name(), r.route(), r.openingRule());
                }
                case "SKILL" -> {
                    SkillScreeningResult r = skill.screen(json.treeToValue(c.request(), SkillScreeningRequest.class), rules);
                    yield new Answer(r.eligible(), r.highestLevel() == null ? null : r.highestLevel().name(), null, null);
                }
                case "EXAM" -> {
                    ExamEquivalence.Result r = exam.decide(json.treeToValue(c.request(), ExamEquivalenceRequest.class), rules);
                    yield new Answer(r.applies(), r.educationLevel(), null, r.applies() ? r.check().rule() : null);
                }
                default -> throw new IllegalStateException("policy case " + c.id() + ": unknown pathway " + c.pathway());
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
