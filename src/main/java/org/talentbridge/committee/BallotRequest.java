package org.talentbridge.committee;

/**
 * A member's ballot on one case of their panel: the three evaluation methods scored 0–100 (performance review,
 * skill operation assessment, interview or defence) and agree, disagree or abstain. Casting it again replaces it.
 */
public record BallotRequest(String caseNumber, VoteDecision decision, Integer performance, Integer skill, Integer interview) {
}
