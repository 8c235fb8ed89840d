package org.talentbridge.casefile;

/**
 * A document as it was frozen with a case: the version submitted (its content hash, size, type, uploader and time)
 * and what the latest submission changed for it ({@code NEW}, {@code REPLACED}, {@code UNCHANGED}; {@code REMOVED} in {@link CaseFileService#removedFromCase}).
 */
public record CaseDocument(String caseNumber, ItemRef item, VersionView version, String change) {

    /** The id by which the case file names it: the version's id. */
    public long id() {
        return version.id();
    }
}
