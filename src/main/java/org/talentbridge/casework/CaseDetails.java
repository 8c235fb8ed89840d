package org.talentbridge.casework;

import org.talentbridge.applicant.ProfileSnapshot;

/**
 * A case with the profile evidence frozen at submission, its latest screening, and whether the viewer is the
 * applicant (who may act on it: withdraw).
 */
public record CaseDetails(CaseSummary summary, ProfileSnapshot evidence, String processInstanceId,
                          java.util.Optional<ScreeningRecord> screening, boolean viewerIsApplicant,
                          java.util.Optional<Correction> correction) {
}
