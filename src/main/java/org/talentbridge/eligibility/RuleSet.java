package org.talentbridge.eligibility;

import java.time.LocalDate;
import java.util.Map;

/**
 * One rules version as screening needs it: its name, whether it may decide real cases (a draft never does), the
 * date from which it is in force (null for a draft) and the DMN XML of every table by decision key, each with its
 * revision (the same table text keeps its revision across versions).
 */
public record RuleSet(String name, boolean draft, LocalDate effectiveFrom, Map<String, Table> tables) {

    public record Table(String key, int revision, String xml) {
    }

    public RuleSet {
        tables = Map.copyOf(tables);
    }
}
