package org.talentbridge.rules;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.talentbridge.eligibility.RuleSet;

/** The rules feature's tables (V60): versions, their tables, round pins and gate runs. */
@Repository
class RulesVersionStore {

    /** One stored version with what the history shows. */
    record Row(long id, String name, String description, String basedOn, String createdBy, OffsetDateTime createdAt,
               LocalDate effectiveFrom, String activatedBy, OffsetDateTime activatedAt) {

        boolean draft() {
            return activatedAt == null;
        }
    }

    /** One stored table. */
    record TableRow(String key, String fileName, int revision, String xml) {
    }

    private static final String SELECT = "SELECT v.id, v.name, v.description, b.name AS based_on, v.created_by, v.created_at,"
            + " v.effective_from, v.activated_by, v.activated_at FROM tb.rules_version v LEFT JOIN tb.rules_version b ON b.id = v.based_on ";

    private final JdbcTemplate jdbc;

    RulesVersionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all() {
        return jdbc.query(SELECT + "ORDER BY v.id", (rs, i) -> row(rs));
    }

    Optional<Row> named(String name) {
        return jdbc.query(SELECT + "WHERE v.name = ?", (rs, i) -> row(rs), name).stream().findFirst();
    }

    boolean empty() {
        return Boolean.FALSE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM tb.rules_version)", Boolean.class));
    }

    /** Inserts a version unless one of that name exists (two nodes seeding at once); its id, or empty. */
    Optional<Long> insert(String name, String description, Long basedOn, String by) {
        return jdbc.queryForList("INSERT INTO tb.rules_version (name, description, based_on, created_by) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (name) DO NOTHING RETURNING id", Long.class, name, description, basedOn, by).stream().findFirst();
    }

    void insertTable(long versionId, String key, String fileName, int revision, String xml) {
        jdbc.update("INSERT INTO tb.rules_table (version_id, decision_key, file_name, revision, xml) VALUES (?, ?, ?, ?, ?)",
                versionId, key, fileName, revision, xml);
    }

    /** The revision a table text has in any version, or the next free one. */
    int revisionOf(String key, String xml) {
        Integer known = jdbc.query("SELECT min(revision) FROM tb.rules_table WHERE decision_key = ? AND xml = ?",
                rs -> rs.next() ? (Integer) rs.getObject(1) : null, key, xml);
        if (known != null) {
            return known;
        }
        Integer max = jdbc.queryForObject("SELECT coalesce(max(revision), 0) FROM tb.rules_table WHERE decision_key = ?",
                Integer.class, key);
        return max + 1;
    }

    Map<String, TableRow> tables(long versionId) {
        Map<String, TableRow> tables = new LinkedHashMap<>();
        jdbc.query("SELECT decision_key, file_name, revision, xml FROM tb.rules_table WHERE version_id = ? ORDER BY decision_key",
                rs -> {
                    tables.put(rs.getString(1), new TableRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
                }, versionId);
        return tables;
    }

    boolean activate(long versionId, LocalDate from, String by) {
        return jdbc.update("UPDATE tb.rules_version SET effective_from = ?, activated_by = ?, activated_at = now()"
                + " WHERE id = ? AND activated_at IS NULL", Date.valueOf(from), by, versionId) == 1;
    }

    Optional<String> pinnedVersion(long roundId) {
        return jdbc.queryForList("SELECT v.name FROM tb.rules_round_pin p JOIN tb.rules_version v ON v.id = p.version_id"
                + " WHERE p.round_id = ?", String.class, roundId).stream().findFirst();
    }

    void pin(long roundId, long versionId, String by) {
        jdbc.update("INSERT INTO tb.rules_round_pin (round_id, version_id, pinned_by) VALUES (?, ?, ?) ON CONFLICT (round_id)"
                + " DO UPDATE SET version_id = excluded.version_id, pinned_by = excluded.pinned_by, pinned_at = now()",
                roundId, versionId, by);
    }

    void unpin(long roundId) {
        jdbc.update("DELETE FROM tb.rules_round_pin WHERE round_id = ?", roundId);
    }

    RuleSet ruleSet(Row row) {
        Map<String, RuleSet.Table> tables = new LinkedHashMap<>();
        tables(row.id()).values().forEach(t -> tables.put(t.key(), new RuleSet.Table(t.key(), t.revision(), t.xml())));
        return new RuleSet(row.name(), row.draft(), row.effectiveFrom(), tables);
    }

    /** One gate run as stored. */
    record GateRow(long id, long versionId, String runBy, OffsetDateTime runAt, int cases, String changedJson,
                   String acknowledgedBy, OffsetDateTime acknowledgedAt, String reason) {
    }

    long insertGateRun(long versionId, String by, int cases, String changedJson) {
        return jdbc.queryForObject("INSERT INTO tb.rules_gate_run (version_id, run_by, cases, changed) VALUES (?, ?, ?, ?::jsonb)"
                + " RETURNING id", Long.class, versionId, by, cases, changedJson);
    }

    Optional<GateRow> latestGateRun(long versionId) {
        return jdbc.query("SELECT id, version_id, run_by, run_at, cases, changed::text, acknowledged_by, acknowledged_at, reason"
                + " FROM tb.rules_gate_run WHERE version_id = ? ORDER BY id DESC LIMIT 1", (rs, i) -> new GateRow(rs.getLong(1),
                rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getInt(5), rs.getString(6),
                rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getString(9)), versionId).stream().findFirst();
    }

    boolean acknowledge(long runId, String by, String reason) {
        return jdbc.update("UPDATE tb.rules_gate_run SET acknowledged_by = ?, acknowledged_at = now(), reason = ?"
                + " WHERE id = ? AND acknowledged_at IS NULL", by, reason, runId) == 1;
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date from = rs.getDate("effective_from");
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("description"), rs.getString("based_on"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                from == null ? null : from.toLocalDate(), rs.getString("activated_by"),
                rs.getObject("activated_at", OffsetDateTime.class));
    }

    static <T> List<T> copy(List<T> list) {
        return new ArrayList<>(list);
    }
}
