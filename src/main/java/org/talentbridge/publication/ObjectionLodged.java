package org.talentbridge.publication;

/** An objection was lodged on a published case, which is paused until it is answered (the integrity process listens). */
public record ObjectionLodged(String caseNumber, long objectionId) {
}
