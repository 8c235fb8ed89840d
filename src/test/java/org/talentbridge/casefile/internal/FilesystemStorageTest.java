package org.talentbridge.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.talentbridge.casefile.CaseFileProperties;

class FilesystemStorageTest {

    @TempDir
    Path dir;

    @Test
    void storesEachVersionUnderItsNumberNeverUnderTheNameTheApplicantSent() throws Exception {
        FilesystemStorage storage = new FilesystemStorage(new CaseFileProperties("filesystem", dir.resolve("files"),
                DataSize.ofMegabytes(5), 5));

        storage.write(1234, "%PDF-1.4 one".getBytes());
        storage.write(7, "%PDF-1.4 two".getBytes());

        assertThat(new String(storage.read(1234))).isEqualTo("%PDF-1.4 one");
        assertThat(new String(storage.read(7))).isEqualTo("%PDF-1.4 two");
        assertThat(Files.exists(dir.resolve("files/1/1234.bin"))).isTrue();
        try (var all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("1234.bin", "7.bin");
        }
    }
}
