package org.talentbridge.publication;

/** A published entry with its case number and state, for staff and for the process (paused, held). */
public record PublishedEntry(long id, String caseNumber, String maskedName, boolean paused, boolean held) {
}
