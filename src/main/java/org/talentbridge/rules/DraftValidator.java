package org.talentbridge.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.talentbridge.eligibility.DecisionTables;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

/**
 * What the screening code expects of each decision table (the contract of docs/rules.md): the decision key, the
 * input expressions, the output names and types, hit policy UNIQUE, and on every rule an annotation that starts with
 * the rule id which its {@code ruleId} output returns. Output values the code turns into levels must be levels.
 * Every problem names the file, the table and the rule.
 */
final class DraftValidator {

    /** One table's contract: its inputs in order and its outputs by name with their type. */
    record Contract(List<String> inputs, Map<String, String> outputs) {
    }

    static final Map<String, Contract> CONTRACTS = Map.of(
            DecisionTables.TITLE_STANDARD_ROUTE, new Contract(List.of("skillLevel"), ordered("titleLevel", "string",
                    "requiredYears", "integer", "requiresCurrentWork", "boolean", "ruleId", "string")),
            DecisionTables.TITLE_GREEN_CHANNEL, new Contract(List.of("award"), ordered("titleLevel", "string", "ruleId", "string")),
            DecisionTables.ANNUAL_ASSESSMENT, new Contract(List.of("result"), ordered("counts", "boolean", "ruleId", "string")),
            DecisionTables.SKILL_FROM_TITLE, new Contract(List.of("titleLevel"), ordered("skillLevel", "string", "ruleId", "string")),
            DecisionTables.EXAM_EQUIVALENCE, new Contract(List.of("schoolClass", "examField"),
                    ordered("educationLevel", "string", "ruleId", "string")));

    static final int MAX_RULES = 500;
    private static final Pattern RULE_ID = Pattern.compile("^([A-Z][0-9]?(?:\\.[0-9]+)?)(?:\\s|$)");
    private static final Pattern QUOTED = Pattern.compile("^\"([^\"]*)\"$");

    /** A parsed file: its decision key (null when it has none) and the problems found. */
    record Checked(String key, List<FieldProblem> problems) {
    }

    private DraftValidator() {
    }

    static Checked check(String fileName, String xml) {
        String field = "files[" + fileName + "]";
        List<FieldProblem> problems = new ArrayList<>();
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(field, "rules.draft.unreadable", fileName, shortMessage(e)));
            return new Checked(null, problems);
        }
        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
        if (decisions.size() != 1) {
            problems.add(new FieldProblem(field, "rules.draft.oneDecision", fileName, decisions.size()));
            return new Checked(null, problems);
        }
        Decision decision = decisions.iterator().next();
        String key = decision.getId();
        Contract contract = CONTRACTS.get(key);
        if (contract == null) {
            problems.add(new FieldProblem(field, "rules.draft.unknownTable", fileName, key, String.join(", ", DecisionTables.KEYS)));
            return new Checked(null, problems);
        }
        DecisionTable table = model.getModelElementsByType(DecisionTable.class).stream().findFirst().orElse(null);
        if (table == null) {
            problems.add(new FieldProblem(field, "rules.draft.noTable", key, "-"));
            return new Checked(key, problems);
        }
        if (table.getHitPolicy() != HitPolicy.UNIQUE) {
            problems.add(new FieldProblem(field, "rules.draft.hitPolicy", key, "-", String.valueOf(table.getHitPolicy())));
        }
        List<String> inputs = table.getInputs().stream().map(DraftValidator::inputText).toList();
        if (!inputs.equals(contract.inputs())) {
            problems.add(new FieldProblem(field, "rules.draft.inputs", key, "-", String.join(", ", inputs),
                    String.join(", ", contract.inputs())));
        }
        List<Output> outputs = List.copyOf(table.getOutputs());
        Map<String, String> found = new LinkedHashMap<>();
        outputs.forEach(o -> found.put(String.valueOf(o.getName()), String.valueOf(o.getTypeRef())));
        if (!found.equals(contract.outputs())) {
            problems.add(new FieldProblem(field, "rules.draft.outputs", key, "-", found.toString(), contract.outputs().toString()));
            return new Checked(key, problems);
        }
        Collection<Rule> rules = table.getRules();
        if (rules.isEmpty() || rules.size() > MAX_RULES) {
            problems.add(new FieldProblem(field, "rules.draft.ruleCount", key, "-", rules.size(), MAX_RULES));
        }
        for (Rule rule : rules) {
            checkRule(field, key, rule, outputs, problems);
        }
        return new Checked(key, problems);
    }

    private static void checkRule(String field, String key, Rule rule, List<Output> outputs, List<FieldProblem> problems) {
        String ruleName = rule.getId();
        String annotation = rule.getDescription() == null ? "" : rule.getDescription().getTextContent().strip();
        Matcher id = RULE_ID.matcher(annotation);
        if (!id.find()) {
            problems.add(new FieldProblem(field, "rules.draft.annotation", key, ruleName));
            return;
        }
        List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
        if (entries.size() != outputs.size()) {
            problems.add(new FieldProblem(field, "rules.draft.outputCount", key, ruleName, entries.size(), outputs.size()));
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            String name = outputs.get(i).getName();
            String text = entries.get(i).getText() == null ? "" : entries.get(i).getText().getTextContent().strip();
            String problem = valueProblem(name, text, id.group(1));
            if (problem != null) {
                problems.add(new FieldProblem(field, problem, key, ruleName, name, text));
            }
        }
    }

    /** The message key of what is wrong with one output cell, or null. */
    private static String valueProblem(String output, String text, String annotatedRule) {
        Matcher quoted = QUOTED.matcher(text);
        return switch (output) {
            case "ruleId" -> quoted.matches() && quoted.group(1).equals(annotatedRule) ? null : "rules.draft.ruleIdMismatch";
            case "titleLevel" -> quoted.matches() && names(TitleLevel.values()).contains(quoted.group(1)) ? null : "rules.draft.badLevel";
            case "skillLevel" -> quoted.matches() && names(SkillLevel.values()).contains(quoted.group(1)) ? null : "rules.draft.badLevel";
            case "educationLevel" -> quoted.matches() && !quoted.group(1).isBlank() ? null : "rules.draft.badText";
            case "requiredYears" -> text.matches("[0-9]{1,2}") ? null : "rules.draft.badYears";
            case "requiresCurrentWork", "counts" -> text.equals("true") || text.equals("false") ? null : "rules.draft.badBoolean";
            default -> null;
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String inputText(Input input) {
        return input.getInputExpression() == null || input.getInputExpression().getText() == null ? ""
                : input.getInputExpression().getText().getTextContent().strip();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static String shortMessage(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        return m.length() > 200 ? m.substring(0, 200) : m;
    }
}
