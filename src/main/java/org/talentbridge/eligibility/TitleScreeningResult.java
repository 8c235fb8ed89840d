package org.talentbridge.eligibility;

import java.util.List;
import org.talentbridge.eligibility.DecisionTables.DecisionVersion;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * A pathway T screening: the decision, every checklist line (met, not met, pending), and the versions of
 * the rules that decided it. {@link #reasons()} is what the API answers: every unmet or pending line and
 * the line that opened {@code maxLevel}.
 */
public record TitleScreeningResult(
        boolean eligible,
        TitleLevel maxLevel,
        String route,
        String series,
        boolean needsSeriesDecision,
        List<Check> checks,
        List<DecisionVersion> decisions,
        String rulesVersion,
        String openingRule) {

    public List<Check> reasons() {
        return checks.stream().filter(c -> !c.isMet() || (openingRule != null && c.rule().equals(openingRule)
                && c.messageKey().endsWith(".met"))).toList();
    }
}
