package org.talentbridge.skilleval;

/** A submission's outcome: the case, and whether this call created it or found the one already running. */
public record SkillSubmission(SkillCaseSummary summary, boolean created) {
}
