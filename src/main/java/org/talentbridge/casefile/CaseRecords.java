package org.talentbridge.casefile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The achievements and training records frozen with a case's latest submission, and the training hours totalled per
 * year (shown as 专业技术人员继续教育学时; the policy sets no minimum, so they never decide eligibility).
 */
public record CaseRecords(List<Achievement> achievements, List<TrainingRecord> training) {

    public static final CaseRecords NONE = new CaseRecords(List.of(), List.of());

    /** Hours per year, the earliest year first. */
    public Map<Integer, BigDecimal> hoursPerYear() {
        Map<Integer, BigDecimal> totals = new TreeMap<>();
        training.forEach(t -> totals.merge(t.year(), t.hours(), BigDecimal::add));
        return totals;
    }
}
