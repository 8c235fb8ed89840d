package org.talentbridge.committee;

/**
 * A case of a panel as the member sees it on their ballot sheet: the member's own ballot while the vote is open
 * (nulls when they have not voted on it), and whether they have voted. After closing only "voted" remains: the
 * ballots are counted and no longer linked to anyone, the member included.
 */
public record MyBallot(String caseNumber, boolean voted, VoteDecision decision, Integer performance, Integer skill,
                       Integer interview) {
}
