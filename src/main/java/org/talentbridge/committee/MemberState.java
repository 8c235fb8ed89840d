package org.talentbridge.committee;

/** Where a drawn expert stands now. */
public enum MemberState {
    /** Seated by the draw, and still seated. */
    SEATED,
    /** Seated by the draw, then replaced (with a reason). */
    REPLACED,
    /** An alternate not called yet. */
    ALTERNATE,
    /** An alternate who took a replaced member's seat. */
    CALLED_IN,
    /** An alternate passed over by a replacement because they no longer met the checks (left the pool, say). */
    PASSED_OVER;

    public String messageKey() {
        return "committee.memberState." + name();
    }
}
