package org.talentbridge.committee;

/**
 * How far the cases of a closed vote have been moved on in the background (docs/processes.md).
 *
 * @param total     the cases on the panel
 * @param passed    moved on to the integrity checks
 * @param notPassed ended NOT_PASSED
 * @param skipped   not waiting for this vote, left as they were
 * @param atClosing moved in the closing transaction (votes closed before the background move-on)
 * @param failing   cases whose move failed and is being retried by the engine
 * @param stuck     cases whose move failed every retry: an incident for an administrator (Camunda Cockpit)
 */
public record MoveOnProgress(int total, int passed, int notPassed, int skipped, int atClosing, int failing, int stuck) {

    /** The cases dealt with so far. */
    public int done() {
        return Math.min(total, passed + notPassed + skipped + atClosing);
    }

    public boolean finished() {
        return done() >= total;
    }
}
