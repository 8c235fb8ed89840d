package org.talentbridge.publication;

/** A stored evidence file without its content: the type is the one its first bytes show. */
public record EvidenceInfo(long id, String fileName, String contentType, int sizeBytes) {
}
