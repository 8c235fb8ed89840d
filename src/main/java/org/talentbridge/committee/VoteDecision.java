package org.talentbridge.committee;

/** A member's vote on a case. Abstaining counts as present (for the quorum) but not as agreeing. */
public enum VoteDecision {
    AGREE, DISAGREE, ABSTAIN;

    public String messageKey() {
        return "committee.vote.decision." + name();
    }
}
