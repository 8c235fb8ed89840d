package org.talentbridge.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.talentbridge.eligibility.DecisionTables.DecisionVersion;

/** Pathway Q: a technical-school class counts as an education level for the listed exams (DMN table). */
@Service
public class ExamEquivalence {

    /** The decision and the line that explains it. */
    public record Result(boolean applies, String educationLevel, Check check, List<DecisionVersion> decisions,
                         String rulesVersion) {

        public ExamEquivalenceResponse toResponse(ScreeningMessages messages, Locale locale) {
            return new ExamEquivalenceResponse(applies, educationLevel,
                    List.of(new TitleScreeningResponse.Reason(check.rule(), messages.render(check, locale))), rulesVersion);
        }
    }

    private final DecisionTables tables;

    ExamEquivalence(DecisionTables tables) {
        this.tables = tables;
    }

    /** Decides under the version in force today. */
    public Result decide(ExamEquivalenceRequest request) {
        return decide(request, tables.inForce());
    }

    /** Decides under the given version. */
    public Result decide(ExamEquivalenceRequest request, DecisionTables.InForce rules) {
        List<DecisionVersion> decisions = rules.versions();
        String field = request.examField().strip().toUpperCase(Locale.ROOT);
        Optional<Map<String, Object>> rule = rules.evaluate(DecisionTables.EXAM_EQUIVALENCE,
                Map.of("schoolClass", request.technicalSchoolClass().name(), "examField", field));
        String schoolClass = Check.label(request.technicalSchoolClass().messageKey());
        if (rule.isEmpty()) {
            return new Result(false, null, Check.notMet("Q", "screening.Q.notListed", schoolClass, field), decisions,
                    rules.rulesVersion());
        }
        String education = (String) rule.get().get("educationLevel");
        return new Result(true, education, Check.met((String) rule.get().get("ruleId"), "screening.Q.met", schoolClass,
                Check.label("exam." + field), Check.label("education." + education)), decisions,
                rules.rulesVersion());
    }
}
