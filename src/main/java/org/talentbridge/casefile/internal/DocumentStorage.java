package org.talentbridge.casefile.internal;

/**
 * Where the bytes of document versions live. Versions are written once and never changed or deleted, so an
 * implementation needs no update: {@link DatabaseStorage} (default) or {@link FilesystemStorage}.
 */
public interface DocumentStorage {

    void write(long versionId, byte[] content);

    byte[] read(long versionId);
}
