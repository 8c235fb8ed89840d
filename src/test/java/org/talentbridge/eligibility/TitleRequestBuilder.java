package org.talentbridge.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code POST /api/screening/title} bodies as plain JSON maps (so tests can also break them). */
final class TitleRequestBuilder {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> skillLevels = new ArrayList<>();
    private final List<Map<String, Object>> workPeriods = new ArrayList<>();
    private final List<Map<String, Object>> assessments = new ArrayList<>();
    private final List<String> awards = new ArrayList<>();

    private TitleRequestBuilder(LocalDate reference, String occupation, String series, String target) {
        body.put("referenceDate", reference.toString());
        body.put("occupation", occupation);
        body.put("series", series);
        body.put("targetLevel", target);
        body.put("skillLevels", skillLevels);
        body.put("workPeriods", workPeriods);
        body.put("annualAssessments", assessments);
        body.put("awards", awards);
        body.put("ethicsDeclaration", true);
        body.put("idNumber", null);
    }

    /** A welder (焊工, 工程技术) with qualified assessments for the three years before the reference year. */
    static TitleRequestBuilder welder(LocalDate reference, String target) {
        return new TitleRequestBuilder(reference, "焊工", "工程技术", target).goodAssessments();
    }

    static TitleRequestBuilder of(LocalDate reference, String occupation, String series, String target) {
        return new TitleRequestBuilder(reference, occupation, series, target);
    }

    TitleRequestBuilder goodAssessments() {
        int y = LocalDate.parse((String) body.get("referenceDate")).getYear();
        assessments.clear();
        for (int year = y - 3; year < y; year++) {
            assessment(year, "QUALIFIED");
        }
        return this;
    }

    TitleRequestBuilder assessment(int year, String result) {
        assessments.removeIf(a -> a.get("year").equals(year));
        assessments.add(new HashMap<>(Map.of("year", year, "result", result)));
        return this;
    }

    TitleRequestBuilder noAssessments() {
        assessments.clear();
        return this;
    }

    TitleRequestBuilder skill(String level, String occupation, LocalDate obtainedOn) {
        skillLevels.add(new HashMap<>(Map.of("level", level, "occupation", occupation, "obtainedOn", obtainedOn.toString())));
        return this;
    }

    TitleRequestBuilder work(LocalDate from, LocalDate to, String occupation, boolean technicalSkillWork) {
        Map<String, Object> w = new HashMap<>();
        w.put("from", from.toString());
        w.put("to", to == null ? null : to.toString());
        w.put("occupation", occupation);
        w.put("technicalSkillWork", technicalSkillWork);
        workPeriods.add(w);
        return this;
    }

    TitleRequestBuilder award(String code) {
        awards.add(code);
        return this;
    }

    TitleRequestBuilder set(String field, Object value) {
        body.put(field, value);
        return this;
    }

    TitleRequestBuilder without(String field) {
        body.remove(field);
        return this;
    }

    Map<String, Object> build() {
        return body;
    }
}
