package org.talentbridge.committee;

/** Where the vote of a confirmed panel stands. */
public enum VoteState {
    /** The secretary has not opened it yet. */
    NOT_OPEN,
    /** Members may vote and change their votes. */
    OPEN,
    /** Closed by the secretary: the tally is stored, no ballot can change. */
    CLOSED;

    public String messageKey() {
        return "committee.vote.state." + name();
    }
}
