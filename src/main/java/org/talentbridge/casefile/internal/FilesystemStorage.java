package org.talentbridge.casefile.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.talentbridge.casefile.CaseFileProperties;

/**
 * The alternative for large deployments ({@code app.casefile.storage=filesystem}): each version in
 * {@code <directory>/<id / 1000>/<id>.bin}. The file name is the version's number, never the name the applicant sent,
 * and nothing is ever served from the directory itself. A version whose transaction rolls back leaves an unreferenced
 * file behind, which is harmless (ids are never reused).
 */
@Component
@ConditionalOnProperty(name = "app.casefile.storage", havingValue = "filesystem")
class FilesystemStorage implements DocumentStorage {

    private final Path root;

    FilesystemStorage(CaseFileProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("app.casefile.directory " + root, e);
        }
    }

    @Override
    public void write(long versionId, byte[] content) {
        Path target = pathOf(versionId);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "upload", ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] read(long versionId) {
        try {
            return Files.readAllBytes(pathOf(versionId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(long versionId) {
        return root.resolve(Long.toString(versionId / 1000)).resolve(versionId + ".bin");
    }
}
