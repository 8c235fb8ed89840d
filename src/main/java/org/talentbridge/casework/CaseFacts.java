package org.talentbridge.casework;

import org.talentbridge.shared.policy.TitleLevel;

/**
 * What other modules may copy out of a case (publicity lists, later certificates): the applicant's full name
 * (the caller masks it where the public reads it), the employer's name, series, target level and the route the
 * latest screening found ({@code STANDARD} or {@code GREEN_CHANNEL}; null if none). The committee groups by them and
 * keeps the employer ({@code employerId}) off the panel.
 */
public record CaseFacts(String caseNumber, Long roundId, CaseStatus status, String applicantName, Long employerId,
                        String employerName, String series, TitleLevel targetLevel, String route) {
}
