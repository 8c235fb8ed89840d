package org.talentbridge.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Helpers for tests that start the embedded server themselves (no Spring context). */
final class EmbeddedServers {

    private EmbeddedServers() {
    }

    /** The product's defaults (durable, free port, not cleaned), bound like Spring binds app.embedded-db, for {@code dir}. */
    static EmbeddedPostgresProperties defaults(Path dir) {
        return new Binder(new MapConfigurationPropertySource(Map.of("app.embedded-db.data-directory", dir.toString())))
                .bindOrCreate("app.embedded-db", EmbeddedPostgresProperties.class);
    }

    /** A fresh, empty directory under target/ (a leftover server on it from an earlier run is stopped first). */
    static Path freshDirectory(String name) throws IOException {
        Path dir = Path.of("target", name).toAbsolutePath();
        if (Files.isDirectory(dir)) {
            LeftoverPostmaster.clear(dir, defaults(dir).orphanStopTimeout());
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return dir;
    }
}
