package org.talentbridge.committee;

/** What became of one case of a closed vote. */
public enum MoveOnOutcome {
    /** Passed: gone on to the integrity checks. */
    PASSED,
    /** Not passed: ended NOT_PASSED with the tally as the reason. */
    NOT_PASSED,
    /** Not waiting for this panel's vote (a number typed into the draw by hand, a case withdrawn): left as it was. */
    SKIPPED,
    /** A vote closed before the cases were moved in the background: moved in the closing transaction. */
    AT_CLOSING
}
