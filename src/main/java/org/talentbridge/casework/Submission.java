package org.talentbridge.casework;

/**
 * What a submission did: the case, and whether this call created it ({@code false}: the applicant already had a
 * case running in that round, and that case is returned instead of a second one).
 */
public record Submission(CaseSummary summary, boolean created) {
}
