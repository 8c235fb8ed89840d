package org.talentbridge.casefile;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param storage         {@code database} (default: the content in PostgreSQL, so a database backup holds every document)
 *                        or {@code filesystem} (the content in {@code directory}, for large deployments)
 * @param directory       the directory of the filesystem storage (created if missing)
 * @param maxFileSize     each document at most this large (exactly this size is accepted, one byte more refused)
 * @param maxFilesPerItem documents on one profile item at most
 */
@ConfigurationProperties("app.casefile")
public record CaseFileProperties(@DefaultValue("database") String storage,
                                 @DefaultValue("data/casefile") Path directory,
                                 @DefaultValue("5MB") DataSize maxFileSize,
                                 @DefaultValue("5") int maxFilesPerItem) {

    public CaseFileProperties {
        if (!storage.equals("database") && !storage.equals("filesystem")) {
            throw new IllegalArgumentException("app.casefile.storage: database or filesystem, not " + storage);
        }
        if (maxFilesPerItem < 1 || maxFileSize.toBytes() < 1) {
            throw new IllegalArgumentException("app.casefile: limits must be positive");
        }
    }
}
