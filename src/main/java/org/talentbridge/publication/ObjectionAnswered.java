package org.talentbridge.publication;

/** The integrity officer answered an objection: sustained (the case stays held) or unfounded (it may resume). */
public record ObjectionAnswered(String caseNumber, long objectionId, boolean sustained) {
}
