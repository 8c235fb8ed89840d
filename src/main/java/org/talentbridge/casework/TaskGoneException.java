package org.talentbridge.casework;

/** The task no longer exists (completed or withdrawn meanwhile) or is not a review task. */
public class TaskGoneException extends RuntimeException {

    TaskGoneException() {
        super("task not found");
    }
}
