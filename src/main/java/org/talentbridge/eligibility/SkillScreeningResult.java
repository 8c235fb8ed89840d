package org.talentbridge.eligibility;

import java.util.List;
import java.util.Locale;
import org.talentbridge.eligibility.DecisionTables.DecisionVersion;
import org.talentbridge.shared.policy.SkillLevel;

/** A pathway S screening with its checklist and the rule versions that decided it. */
public record SkillScreeningResult(boolean eligible, SkillLevel highestLevel, boolean theoryExamExempt,
                                   List<String> channels, List<Check> checks, List<DecisionVersion> decisions,
                                   String rulesVersion) {

    public SkillScreeningResponse toResponse(ScreeningMessages messages, Locale locale) {
        return new SkillScreeningResponse(eligible, highestLevel, checks.stream()
                .map(c -> new TitleScreeningResponse.Reason(c.rule(), messages.render(c, locale))).toList(),
                theoryExamExempt, channels, rulesVersion);
    }
}
