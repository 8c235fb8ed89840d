package org.talentbridge.monitoring;

/** What the search filters by: instances still running, or ended (completed or cancelled). */
public enum InstanceState {
    RUNNING, ENDED
}
