package org.talentbridge.monitoring;

/**
 * One stage of a case as its page shows it: {@code messageKey} names it in the reader's language; {@code state} is
 * DONE, NOW or NEXT.
 */
public record CaseStage(String messageKey, State state) {

    public enum State {
        DONE, NOW, NEXT
    }
}
