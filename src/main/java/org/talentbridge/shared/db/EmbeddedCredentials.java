package org.talentbridge.shared.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded server: one for the superuser, one for the application role. Generated on the first
 * start and kept in {@value #FILE_NAME} in the data directory, readable and writable by its owner only (0600).
 */
record EmbeddedCredentials(String superuserPassword, String applicationPassword) {

    static final String FILE_NAME = "talentbridge-credentials.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int PASSWORD_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUPERUSER_KEY = "superuser.password";
    private static final String APPLICATION_KEY = "application.password";

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(randomPassword(), randomPassword());
    }

    static Optional<EmbeddedCredentials> load(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String superuser = p.getProperty(SUPERUSER_KEY);
        String application = p.getProperty(APPLICATION_KEY);
        if (superuser == null || superuser.isBlank() || application == null || application.isBlank()) {
            throw new IllegalStateException(file + " lacks " + SUPERUSER_KEY + " or " + APPLICATION_KEY);
        }
        return Optional.of(new EmbeddedCredentials(superuser, application));
    }

    /** Writes the file (owner-only from its creation on), replacing an older one atomically. */
    void store(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        Properties p = new Properties();
        p.setProperty(SUPERUSER_KEY, superuserPassword);
        p.setProperty(APPLICATION_KEY, applicationPassword);
        try {
            Path tmp = dataDirectory.resolve(FILE_NAME + ".new");
            Files.deleteIfExists(tmp);
            writeOwnerOnly(tmp);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Passwords of the embedded PostgreSQL (superuser postgres and the application role). Keep secret.");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Creates an empty file that only its owner may read and write (0600 where the file system knows modes). */
    static void writeOwnerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[hidden]";
    }
}
