package org.talentbridge.casefile;

import java.time.OffsetDateTime;

/** One version of a document as it was uploaded; never changed afterwards. */
public record VersionView(long id, int versionNo, String fileName, String contentType, long size, String sha256,
                          String uploadedBy, OffsetDateTime uploadedAt) {
}
