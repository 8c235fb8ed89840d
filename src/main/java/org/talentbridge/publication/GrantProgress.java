package org.talentbridge.publication;

/**
 * How far the grant of a publicity list has come (issue 19 item 3; processes/publicity-period.bpmn): the screen shows
 * it beside the grant button.
 *
 * @param state   WAITING: the period's timer has not fired; GRANTING: one job per entry is running; ENDED: no grant
 *                is running (all entries dealt with, or none started)
 * @param entries the entries being dealt with (GRANTING)
 * @param done    the entries dealt with so far: granted, left waiting for an objection's answer, or not in publicity
 * @param failing entries whose grant failed and is being retried by the engine
 * @param stuck   entries whose grant failed every retry: an incident for an administrator (Camunda Cockpit); the
 *                secretary's grant tries them once more
 */
public record GrantProgress(State state, int entries, int done, int failing, int stuck) {

    public enum State { WAITING, GRANTING, ENDED }
}
