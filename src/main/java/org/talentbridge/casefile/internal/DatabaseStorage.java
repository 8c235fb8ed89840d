package org.talentbridge.casefile.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The default storage: the content in {@code casefile_content} (bytea), in the same transaction as its version row. */
@Component
@ConditionalOnProperty(name = "app.casefile.storage", havingValue = "database", matchIfMissing = true)
class DatabaseStorage implements DocumentStorage {

    private final JdbcTemplate jdbc;

    DatabaseStorage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(long versionId, byte[] content) {
        jdbc.update("insert into tb.casefile_content (version_id, content) values (?, ?)", versionId, content);
    }

    @Override
    public byte[] read(long versionId) {
        return jdbc.queryForObject("select content from tb.casefile_content where version_id = ?", byte[].class, versionId);
    }
}
