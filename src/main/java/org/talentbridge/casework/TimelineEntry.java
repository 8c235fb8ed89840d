package org.talentbridge.casework;

import java.time.OffsetDateTime;

/**
 * One line of a case's timeline: a step of the process from the engine's history, or a human decision with its
 * reason from the audit trail.
 *
 * @param messageKey what happened ({@code timeline.<activity id>} or {@code timeline.<audit action>})
 * @param ended      when the step ended; null while it is still open (and for decisions)
 * @param actor      who did it, as the viewer may see it: a name for staff viewers, a role label key otherwise
 * @param detail     the reason or note given with a decision, or null
 */
public record TimelineEntry(OffsetDateTime at, String messageKey, OffsetDateTime ended, String actor, boolean actorIsRoleKey,
                            String detail) {
}
