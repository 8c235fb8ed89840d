package org.talentbridge.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.casework.TitleCaseRescreening;
import org.talentbridge.eligibility.DecisionTables;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InvalidInputException;
import org.talentbridge.skilleval.SkillCaseFacts;
import org.talentbridge.skilleval.SkillCaseRescreening;

/**
 * Issue 18 item 5, second half: the policy office explicitly re-screens a chosen set of decided cases (title and skill
 * case numbers mixed) under the active rules version, with a reason. Casework and skill evaluation write the new
 * screenings, audit each case and notify the applicants whose outcome changed; this records the set under
 * {@code rules:VERSION}. All or nothing: one unknown number and nothing is written.
 */
@Service
public class Rescreening {

    /** One re-screened case as the screen lists it. */
    public record Result(String caseNumber, String pathway, String status, boolean eligibleBefore, String levelBefore,
                         boolean eligibleAfter, String levelAfter, String rulesVersion, boolean changed) {
    }

    static final int MAX_CASES = 500;

    private final TitleCaseRescreening titleCases;
    private final SkillCaseRescreening skillCases;
    private final SkillCaseFacts skillFacts;
    private final DecisionTables tables;
    private final AuditLog audit;

    Rescreening(TitleCaseRescreening titleCases, SkillCaseRescreening skillCases, SkillCaseFacts skillFacts,
                DecisionTables tables, AuditLog audit) {
        this.titleCases = titleCases;
        this.skillCases = skillCases;
        this.skillFacts = skillFacts;
        this.tables = tables;
        this.audit = audit;
    }

    /** Splits a pasted list (commas, spaces, new lines) into case numbers. */
    public static List<String> caseNumbers(String text) {
        return text == null ? List.of() : new LinkedHashSet<>(List.of(text.strip().split("[\\s,，;；]+"))).stream()
                .filter(s -> !s.isBlank()).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<Result> rescreen(Collection<String> caseNumbers, String reason) {
        Set<String> numbers = new LinkedHashSet<>();
        caseNumbers.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(numbers::add);
        if (numbers.isEmpty()) {
            throw InvalidInputException.of("caseNumbers", "validation.required");
        }
        if (numbers.size() > MAX_CASES) {
            throw InvalidInputException.of("caseNumbers", "rules.rescreen.tooMany", MAX_CASES);
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "validation.required");
        }
        Set<String> skill = new LinkedHashSet<>(numbers.stream().filter(skillFacts::exists).toList());
        List<String> title = numbers.stream().filter(n -> !skill.contains(n)).toList();
        List<Result> results = new ArrayList<>();
        if (!title.isEmpty()) {
            titleCases.rescreen(title, reason).forEach(r -> results.add(new Result(r.caseNumber(), "T", r.status().name(),
                    r.eligibleBefore(), r.levelBefore(), r.eligibleAfter(), r.levelAfter(), r.rulesVersion(), r.changed())));
        }
        if (!skill.isEmpty()) {
            skillCases.rescreen(skill, reason).forEach(r -> results.add(new Result(r.caseNumber(), "S", r.status().name(),
                    r.eligibleBefore(), r.levelBefore(), r.eligibleAfter(), r.levelAfter(), r.rulesVersion(), r.changed())));
        }
        long changed = results.stream().filter(Result::changed).count();
        audit.record("RULES_RESCREENED", "rules:" + tables.inForce().name(), results.size() + " cases re-screened, "
                + changed + " changed " + results.stream().filter(Result::changed).map(Result::caseNumber).toList()
                + ", reason: " + reason.strip());
        return results;
    }
}
