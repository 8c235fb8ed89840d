package org.talentbridge.casework;

import org.talentbridge.shared.policy.TitleLevel;

/**
 * A case ready for the committee, as grouping sees it: series, target level, the route screening opened
 * (STANDARD or GREEN_CHANNEL) and the applicant's employer (nobody from it may judge the case).
 */
public record CommitteeCandidate(String caseNumber, String series, TitleLevel targetLevel, String route, Long employerId) {
}
