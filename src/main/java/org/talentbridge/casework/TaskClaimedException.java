package org.talentbridge.casework;

/** Somebody else claimed the task first; {@code holder} is their display name. */
public class TaskClaimedException extends RuntimeException {

    private final String holder;

    TaskClaimedException(String holder) {
        super("task already claimed by " + holder);
        this.holder = holder;
    }

    public String getHolder() {
        return holder;
    }
}
