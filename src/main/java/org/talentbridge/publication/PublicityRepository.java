package org.talentbridge.publication;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.talentbridge.casework.CaseFacts;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.ChineseIdNumber;

/** The publicity tables (V14) through plain SQL; every statement names the schema. */
@Repository
class PublicityRepository {

    private final JdbcTemplate jdbc;
    /** Rows per batched insert and per fetch of a cursor ({@code app.publication.batch-size}). */
    private final int batch;

    PublicityRepository(JdbcTemplate jdbc, PublicationProperties properties) {
        this.jdbc = jdbc;
        this.batch = properties.batchSize();
    }

    /** A publicity row without its entries. */
    record Header(long id, long roundId, OffsetDateTime publishedAt, int workingDays, LocalDate periodStart,
                  LocalDate periodEnd) {
    }

    List<String> alreadyPublished(List<String> caseNumbers) {
        return jdbc.queryForList("select case_number from tb.publicity_entry where case_number = any(?)", String.class,
                (Object) caseNumbers.toArray(String[]::new));
    }

    long insertPublicity(long roundId, OffsetDateTime at, String by, Integer override, int workingDays, LocalDate start,
                         LocalDate end) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into tb.publicity (round_id, published_at, published_by, "
                    + "working_days_override, working_days, period_start, period_end) values (?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setLong(1, roundId);
            ps.setObject(2, at);
            ps.setString(3, by);
            ps.setObject(4, override);
            ps.setInt(5, workingDays);
            ps.setObject(6, start);
            ps.setObject(7, end);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * The entries of a new publicity, in the order given (their ids and their {@code entry_index} from 0 keep it), in
     * batches of {@code app.publication.batch-size}.
     */
    void insertEntries(long publicityId, List<CaseFacts> entries) {
        for (int from = 0; from < entries.size(); from += batch) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(entries.size(), from + batch); i++) {
                CaseFacts f = entries.get(i);
                rows.add(new Object[] {publicityId, i, f.caseNumber(), MaskedName.of(f.applicantName()), f.employerName(),
                        f.series(), f.targetLevel().name(), f.route()});
            }
            jdbc.batchUpdate("insert into tb.publicity_entry (publicity_id, entry_index, case_number, masked_name, employer_name, "
                    + "series, target_level, route) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    private static final String HEADER = "select id, round_id, published_at, working_days, period_start, period_end "
            + "from tb.publicity ";

    /** Serialises the publications of one round (a second secretary's publish waits, then finds the cases listed). */
    void lockRound(long roundId) {
        jdbc.query("select pg_advisory_xact_lock(7304, ?)", rs -> null, Math.toIntExact(roundId));
    }

    Optional<Header> header(long publicityId) {
        return jdbc.query(HEADER + "where id = ?", PublicityRepository::header, publicityId).stream().findFirst();
    }

    Optional<Header> ofRound(long roundId) {
        return jdbc.query(HEADER + "where round_id = ? order by published_at desc, id desc limit 1", PublicityRepository::header,
                roundId).stream().findFirst();
    }

    /** Publicity lists whose period ends on or after {@code day} (including those not started yet), soonest first. */
    List<Header> endingOnOrAfter(LocalDate day) {
        return jdbc.query(HEADER + "where period_end >= ? order by period_end, id", PublicityRepository::header, day);
    }

    List<Header> endedBefore(LocalDate day, int limit) {
        return jdbc.query(HEADER + "where period_end < ? order by period_end desc, id desc limit ?",
                PublicityRepository::header, day, limit);
    }

    private static final String PUBLIC_ENTRIES = "select id, masked_name, employer_name, series, target_level, route "
            + "from tb.publicity_entry where publicity_id = ? order by id";

    List<PublicEntry> publicEntries(long publicityId) {
        return jdbc.query(PUBLIC_ENTRIES, PublicityRepository::publicEntry, publicityId);
    }

    /**
     * The public entries one by one from a cursor ({@code app.publication.batch-size} rows fetched at a time; inside a transaction, as
     * PostgreSQL's driver needs for a cursor), never all in memory.
     */
    void eachPublicEntry(long publicityId, Consumer<PublicEntry> sink) {
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(PUBLIC_ENTRIES);
            ps.setFetchSize(batch);
            ps.setLong(1, publicityId);
            return ps;
        }, (RowCallbackHandler) rs -> sink.accept(publicEntry(rs, rs.getRow())));
    }

    private static PublicEntry publicEntry(ResultSet rs, int i) throws SQLException {
        return new PublicEntry(rs.getLong("id"), rs.getString("masked_name"), rs.getString("employer_name"),
                rs.getString("series"), TitleLevel.valueOf(rs.getString("target_level")), rs.getString("route"));
    }

    List<PublishedEntry> entries(long publicityId) {
        return jdbc.query("select id, case_number, masked_name, paused, held from tb.publicity_entry "
                + "where publicity_id = ? order by id", PublicityRepository::entry, publicityId);
    }

    int countEntries(long publicityId) {
        return jdbc.queryForObject("select count(*) from tb.publicity_entry where publicity_id = ?", Integer.class, publicityId);
    }

    /** The entry at {@code index} (0 first, in the order published), locked as {@link #lockEntry} locks it. */
    Optional<PublishedEntry> lockEntryAt(long publicityId, int index) {
        // by the stored index (V72): an offset read every earlier entry of the list for each job
        return jdbc.query("select id, case_number, masked_name, paused, held from tb.publicity_entry where publicity_id = ? "
                + "and entry_index = ? for update", PublicityRepository::entry, publicityId, index).stream().findFirst();
    }

    /** Whether an objection to the entry is open or was sustained (its case then waits, or is held). */
    boolean objectedOpenOrSustained(long entryId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from tb.objection where entry_id = ? "
                + "and status in ('OPEN', 'ANSWERED_SUSTAINED'))", Boolean.class, entryId));
    }

    /** The entry with its publicity, locked against concurrent objections and answers. */
    Optional<PublishedEntry> lockEntry(long entryId) {
        return jdbc.query("select id, case_number, masked_name, paused, held from tb.publicity_entry where id = ? "
                + "for update", PublicityRepository::entry, entryId).stream().findFirst();
    }

    Optional<Header> headerOfEntry(long entryId) {
        return jdbc.query(HEADER + "where id = (select publicity_id from tb.publicity_entry where id = ?)",
                PublicityRepository::header, entryId).stream().findFirst();
    }

    void setEntryState(long entryId, boolean paused, boolean held) {
        jdbc.update("update tb.publicity_entry set paused = ?, held = ? where id = ?", paused, held, entryId);
    }

    /** Serialises objections from one client address, so the rate limit holds under concurrent requests. */
    void lockAddress(String ipHash) {
        jdbc.query("select pg_advisory_xact_lock(7314, ?)", rs -> null, ipHash.hashCode());
    }

    int countSince(String ipHash, OffsetDateTime since) {
        return jdbc.queryForObject("select count(*) from tb.objection where ip_hash = ? and submitted_at > ?",
                Integer.class, ipHash, since);
    }

    long insertObjection(long entryId, ObjectionRequest r, OffsetDateTime at, String ipHash, LocalDate due) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into tb.objection (entry_id, objector_name, objector_id_number, "
                    + "contact_phone, contact_email, statement, submitted_at, ip_hash, due_date) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, entryId);
            ps.setString(2, r.objectorName().strip());
            ps.setString(3, blankToNull(r.idNumber()));
            ps.setString(4, blankToNull(r.phone()));
            ps.setString(5, blankToNull(r.email()));
            ps.setString(6, r.statement().strip());
            ps.setObject(7, at);
            ps.setString(8, ipHash);
            ps.setObject(9, due);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    void insertEvidence(long objectionId, String fileName, String contentType, byte[] content) {
        jdbc.update("insert into tb.objection_evidence (objection_id, file_name, content_type, size_bytes, content) "
                + "values (?, ?, ?, ?, ?)", objectionId, fileName, contentType, content.length, content);
    }

    record ObjectionState(long id, long entryId, String caseNumber, ObjectionStatus status) {
    }

    Optional<ObjectionState> lockObjection(long objectionId) {
        return jdbc.query("select o.id, o.entry_id, e.case_number, o.status from tb.objection o join tb.publicity_entry e "
                + "on e.id = o.entry_id where o.id = ? for update of o", (rs, i) -> new ObjectionState(rs.getLong(1),
                rs.getLong(2), rs.getString(3), ObjectionStatus.valueOf(rs.getString(4))), objectionId).stream().findFirst();
    }

    void answer(long objectionId, ObjectionStatus status, String answer, String by, OffsetDateTime at) {
        jdbc.update("update tb.objection set status = ?, answer = ?, answered_by = ?, answered_at = ? where id = ?",
                status.name(), answer, by, at, objectionId);
    }

    int countOnEntry(long entryId, ObjectionStatus status) {
        return jdbc.queryForObject("select count(*) from tb.objection where entry_id = ? and status = ?", Integer.class,
                entryId, status.name());
    }

    private static final String OBJECTION = "select o.*, e.case_number, e.masked_name, e.series from tb.objection o "
            + "join tb.publicity_entry e on e.id = o.entry_id ";

    /** Open objections, the one due soonest first; {@code today} decides which are overdue. */
    List<ObjectionView> open(LocalDate today) {
        return withFiles(jdbc.query(OBJECTION + "where o.status = 'OPEN' order by o.due_date, o.id",
                (rs, i) -> objection(rs, today)));
    }

    /** Answered objections, the latest answer first. */
    List<ObjectionView> answered(int limit, LocalDate today) {
        return withFiles(jdbc.query(OBJECTION + "where o.status <> 'OPEN' order by o.answered_at desc, o.id desc limit ?",
                (rs, i) -> objection(rs, today), limit));
    }

    Optional<ObjectionView> objection(long id, LocalDate today) {
        return withFiles(jdbc.query(OBJECTION + "where o.id = ?", (rs, i) -> objection(rs, today), id)).stream().findFirst();
    }

    Optional<byte[]> evidenceContent(long fileId) {
        return jdbc.query("select content from tb.objection_evidence where id = ?", (rs, i) -> rs.getBytes(1), fileId)
                .stream().findFirst();
    }

    /** Case numbers of the publicity's entries without an open or sustained objection. */
    List<String> withoutOpenOrSustained(long publicityId) {
        return jdbc.queryForList("select e.case_number from tb.publicity_entry e where e.publicity_id = ? and not exists ("
                + "select 1 from tb.objection o where o.entry_id = e.id and o.status in ('OPEN', 'ANSWERED_SUSTAINED')) "
                + "order by e.id", String.class, publicityId);
    }

    private List<ObjectionView> withFiles(List<ObjectionView> objections) {
        if (objections.isEmpty()) {
            return objections;
        }
        Long[] ids = objections.stream().map(ObjectionView::id).toArray(Long[]::new);
        record File(long objectionId, EvidenceInfo info) {
        }
        List<File> files = jdbc.query("select id, objection_id, file_name, content_type, size_bytes from tb.objection_evidence "
                + "where objection_id = any(?) order by id", (rs, i) -> new File(rs.getLong("objection_id"),
                new EvidenceInfo(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getInt("size_bytes"))), (Object) ids);
        return objections.stream().map(o -> new ObjectionView(o.id(), o.caseNumber(), o.maskedName(), o.series(),
                o.objectorName(), o.objectorIdMasked(), o.phone(), o.email(), o.statement(), o.submittedAt(), o.dueDate(),
                o.overdue(), o.status(), o.answer(), o.answeredBy(), o.answeredAt(),
                files.stream().filter(f -> f.objectionId() == o.id()).map(File::info).toList())).toList();
    }

    private static ObjectionView objection(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        ObjectionStatus status = ObjectionStatus.valueOf(rs.getString("status"));
        String id = rs.getString("objector_id_number");
        return new ObjectionView(rs.getLong("id"), rs.getString("case_number"), rs.getString("masked_name"),
                rs.getString("series"), rs.getString("objector_name"), id == null ? null : ChineseIdNumber.mask(id),
                rs.getString("contact_phone"), rs.getString("contact_email"), rs.getString("statement"),
                time(rs, "submitted_at"), due, status == ObjectionStatus.OPEN && today.isAfter(due), status,
                rs.getString("answer"), rs.getString("answered_by"), time(rs, "answered_at"), List.of());
    }

    private static PublishedEntry entry(ResultSet rs, int i) throws SQLException {
        return new PublishedEntry(rs.getLong("id"), rs.getString("case_number"), rs.getString("masked_name"),
                rs.getBoolean("paused"), rs.getBoolean("held"));
    }

    private static Header header(ResultSet rs, int i) throws SQLException {
        return new Header(rs.getLong("id"), rs.getLong("round_id"), time(rs, "published_at"), rs.getInt("working_days"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
