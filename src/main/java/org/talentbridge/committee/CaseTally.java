package org.talentbridge.committee;

import java.math.BigDecimal;

/**
 * The counted vote on one case: how many cast a ballot (present), how each way, whether the quorum was met and the
 * case passed (quorum met and agree reaching the pass share of the whole panel), and the average score per
 * evaluation method over the ballots cast (null when nobody voted). Counts only: never who voted how.
 */
public record CaseTally(String caseNumber, int panelSize, int present, int agree, int disagree, int abstain,
                        boolean quorumMet, boolean passed, BigDecimal averagePerformance, BigDecimal averageSkill,
                        BigDecimal averageInterview) {
}
