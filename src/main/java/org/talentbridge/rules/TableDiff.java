package org.talentbridge.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

/** The difference of one decision table between two versions: rules added and removed (by rule id), cells changed. */
public final class TableDiff {

    /** One difference. {@code column} is the input or output label; empty for a whole rule. */
    public record Change(Kind kind, String table, String rule, String column, String before, String after) {
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    private TableDiff() {
    }

    public static List<Change> between(String table, String beforeXml, String afterXml) {
        Map<String, Map<String, String>> before = cells(beforeXml);
        Map<String, Map<String, String>> after = cells(afterXml);
        List<Change> changes = new ArrayList<>();
        before.forEach((rule, cells) -> {
            if (!after.containsKey(rule)) {
                changes.add(new Change(Kind.REMOVED, table, rule, "", cells.toString(), ""));
            }
        });
        after.forEach((rule, cells) -> {
            Map<String, String> old = before.get(rule);
            if (old == null) {
                changes.add(new Change(Kind.ADDED, table, rule, "", "", cells.toString()));
                return;
            }
            cells.forEach((column, text) -> {
                String was = old.getOrDefault(column, "");
                if (!was.equals(text)) {
                    changes.add(new Change(Kind.CHANGED, table, rule, column, was, text));
                }
            });
            old.keySet().stream().filter(c -> !cells.containsKey(c))
                    .forEach(c -> changes.add(new Change(Kind.CHANGED, table, rule, c, old.get(c), "")));
        });
        return changes;
    }

    /** rule id → (column → cell text), the annotation included. */
    private static Map<String, Map<String, String>> cells(String xml) {
        DecisionTable table = Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(DecisionTable.class).iterator().next();
        List<String> inputs = table.getInputs().stream().map(TableDiff::label).toList();
        List<String> outputs = table.getOutputs().stream().map(o -> o.getName() == null ? label(o) : o.getName()).toList();
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        for (Rule rule : table.getRules()) {
            Map<String, String> cells = new LinkedHashMap<>();
            List<String> in = rule.getInputEntries().stream().map(e -> e.getText() == null ? "" : e.getText().getTextContent().strip()).toList();
            List<String> out = rule.getOutputEntries().stream().map(e -> e.getText() == null ? "" : e.getText().getTextContent().strip()).toList();
            for (int i = 0; i < in.size(); i++) {
                cells.put(i < inputs.size() ? inputs.get(i) : "input " + i, in.get(i));
            }
            for (int i = 0; i < out.size(); i++) {
                cells.put(i < outputs.size() ? outputs.get(i) : "output " + i, out.get(i));
            }
            cells.put("annotation", rule.getDescription() == null ? "" : rule.getDescription().getTextContent().strip());
            rules.put(rule.getId(), cells);
        }
        return rules;
    }

    private static String label(Input input) {
        return input.getInputExpression() != null && input.getInputExpression().getText() != null
                ? input.getInputExpression().getText().getTextContent().strip() : String.valueOf(input.getLabel());
    }

    private static String label(Output output) {
        return String.valueOf(output.getLabel());
    }
}
