package org.talentbridge.casework;

import org.talentbridge.applicant.ProfileSnapshot;

/** A case with the profile evidence frozen at submission. */
public record CaseDetails(CaseSummary summary, ProfileSnapshot evidence, String processInstanceId,
                          java.util.Optional<ScreeningRecord> screening) {
}
