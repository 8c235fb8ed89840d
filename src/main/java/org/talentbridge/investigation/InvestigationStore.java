package org.talentbridge.investigation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * The investigation tables (V18, V19, V22), and only those: what the investigation reads of other modules goes through
 * {@link InvestigationSubjects}. SQL only; the service owns transactions and permissions.
 */
@Repository
class InvestigationStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InvestigationStore(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** A row of the investigation table. */
    record Row(long id, String number, InvestigationSource source, String idNumber, String personName, Long personAccountId,
               String allegation, String openedBy, OffsetDateTime openedAt, InvestigationStatus status,
               OffsetDateTime statementDue, IntegrityFinding proposedFinding, String proposedFacts, LocalDate proposedUntil,
               String proposedBy, String decidedBy, OffsetDateTime decidedAt, String outcome, Long integrityEntryId) {
    }

    record SubjectRow(String caseNumber, String certificateNumber, Long objectionId) {
    }

    /** The open investigation that concerns a case, if any (objections on the same case join it). */
    Optional<Long> openInvestigationOfCase(String caseNumber) {
        return jdbc.query("""
                select i.id from tb.investigation i join tb.investigation_subject s on s.investigation_id = i.id
                where s.case_number = ? and i.status not in ('UNFOUNDED', 'CONFIRMED') order by i.id limit 1""",
                (rs, n) -> rs.getLong(1), caseNumber).stream().findFirst();
    }

    long insert(InvestigationSource source, String idNumber, String personName, Long accountId, String allegation,
                String openedBy) {
        long seq = jdbc.queryForObject("select nextval('tb.investigation_number_seq')", Long.class);
        String number = "IC-%d-%06d".formatted(LocalDate.now(clock).getYear(), seq);
        return jdbc.queryForObject("""
                insert into tb.investigation (number, source, person_id_number, person_name, person_account_id, allegation,
                    opened_by) values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                number, source.name(), ChineseIdNumber.normalise(idNumber), personName, accountId, allegation, openedBy);
    }

    void addSubject(long id, String caseNumber, String certificateNumber, Long objectionId, String by) {
        jdbc.update("""
                insert into tb.investigation_subject (investigation_id, case_number, certificate_number, objection_id, added_by)
                values (?, ?, ?, ?, ?)""", id, caseNumber, certificateNumber, objectionId, by);
    }

    void addNote(long id, String kind, String text, String author) {
        jdbc.update("insert into tb.investigation_note (investigation_id, kind, text, author) values (?, ?, ?, ?)",
                id, kind, text, author);
    }

    long addFile(long id, String name, String type, byte[] content, String by) {
        return jdbc.queryForObject("""
                insert into tb.investigation_file (investigation_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class, id, name, type, content.length, content, by);
    }

    int fileCount(long id) {
        return jdbc.queryForObject("select count(*) from tb.investigation_file where investigation_id = ?", Integer.class, id);
    }

    record StoredFile(long investigationId, String fileName, String contentType, byte[] content)
            implements InvestigationFileContent {
    }

    Optional<StoredFile> file(long fileId) {
        return jdbc.query("select investigation_id, file_name, content_type, content from tb.investigation_file where id = ?",
                (rs, n) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)), fileId)
                .stream().findFirst();
    }

    /** Locks the row for the rest of the transaction: two officers acting on one investigation are serialised. */
    Optional<Row> lock(String number) {
        return jdbc.query("select * from tb.investigation where number = ? for update", this::row, number).stream().findFirst();
    }

    Optional<Row> find(String number) {
        return jdbc.query("select * from tb.investigation where number = ?", this::row, number).stream().findFirst();
    }

    Optional<Row> find(long id) {
        return jdbc.query("select * from tb.investigation where id = ?", this::row, id).stream().findFirst();
    }

    void setStatus(long id, InvestigationStatus status) {
        jdbc.update("update tb.investigation set status = ?, version = version + 1 where id = ?", status.name(), id);
    }

    void awaitStatement(long id, OffsetDateTime due) {
        jdbc.update("update tb.investigation set status = 'AWAITING_STATEMENT', statement_due = ?, version = version + 1 where id = ?",
                due, id);
    }

    void propose(long id, IntegrityFinding finding, String facts, LocalDate until, String by) {
        jdbc.update("""
                update tb.investigation set status = 'AWAITING_APPROVAL', proposed_finding = ?, proposed_facts = ?,
                    proposed_until = ?, proposed_by = ?, version = version + 1 where id = ?""",
                finding.name(), facts, until, by, id);
    }

    void decide(long id, InvestigationStatus status, String outcome, String by, Long entryId) {
        jdbc.update("""
                update tb.investigation set status = ?, outcome = ?, decided_by = ?, decided_at = now(),
                    integrity_entry_id = ?, version = version + 1 where id = ?""", status.name(), outcome, by, entryId, id);
    }

    List<SubjectRow> subjects(long id) {
        return jdbc.query("""
                select case_number, certificate_number, objection_id from tb.investigation_subject
                where investigation_id = ? order by id""",
                (rs, n) -> new SubjectRow(rs.getString(1), rs.getString(2), (Long) rs.getObject(3)), id);
    }

    List<InvestigationDetail.Note> notes(long id) {
        return jdbc.query("select kind, text, author, written_at from tb.investigation_note where investigation_id = ? order by written_at, id",
                (rs, n) -> new InvestigationDetail.Note(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)), id);
    }

    Optional<String> latestNote(long id, String kind) {
        return jdbc.query("select text from tb.investigation_note where investigation_id = ? and kind = ? order by written_at desc, id desc limit 1",
                (rs, n) -> rs.getString(1), id, kind).stream().findFirst();
    }

    List<InvestigationDetail.FileInfo> files(long id) {
        return jdbc.query("""
                select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from tb.investigation_file
                where investigation_id = ? order by id""",
                (rs, n) -> new InvestigationDetail.FileInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class)), id);
    }

    /** Investigations, newest first; only the open ones when {@code openOnly}; or those of one ID number. */
    List<Row> page(boolean openOnly, String idNumber, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(openOnly, idNumber, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select * from tb.investigation" + where + " order by opened_at desc, id desc limit ? offset ?",
                this::row, args.toArray());
    }

    int count(boolean openOnly, String idNumber) {
        List<Object> args = new ArrayList<>();
        return jdbc.queryForObject("select count(*) from tb.investigation" + where(openOnly, idNumber, args), Integer.class,
                args.toArray());
    }

    private static String where(boolean openOnly, String idNumber, List<Object> args) {
        List<String> parts = new ArrayList<>();
        if (openOnly) {
            parts.add("status not in ('UNFOUNDED', 'CONFIRMED')");
        }
        if (idNumber != null) {
            parts.add("person_id_number = ?");
            args.add(ChineseIdNumber.normalise(idNumber));
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    void addAccountability(long id, String caseNumber, String username, String displayName, String involvement) {
        jdbc.update("""
                insert into tb.accountability_item (investigation_id, case_number, username, display_name, involvement)
                values (?, ?, ?, ?, ?) on conflict (investigation_id, case_number, username) do nothing""",
                id, caseNumber, username, displayName, involvement);
    }

    List<AccountabilityRow> accountability(boolean openOnly, int offset, int limit) {
        return jdbc.query("""
                select a.*, i.number from tb.accountability_item a join tb.investigation i on i.id = a.investigation_id
                """ + (openOnly ? "where a.follow_up is null " : "") + "order by a.id desc limit ? offset ?",
                (rs, n) -> new AccountabilityRow(rs.getLong("id"), rs.getString("number"), rs.getString("case_number"),
                        rs.getString("username"), rs.getString("display_name"), rs.getString("involvement"),
                        rs.getString("follow_up"), rs.getString("followed_up_by"),
                        rs.getObject("followed_up_at", OffsetDateTime.class)), limit, offset);
    }

    int accountabilityCount(boolean openOnly) {
        return jdbc.queryForObject("select count(*) from tb.accountability_item" + (openOnly ? " where follow_up is null" : ""),
                Integer.class);
    }

    /** Records the follow-up once; false when the item does not exist or was followed up already. */
    boolean followUp(long itemId, String text, String by) {
        return jdbc.update("""
                update tb.accountability_item set follow_up = ?, followed_up_by = ?, followed_up_at = now()
                where id = ? and follow_up is null""", text, by, itemId) == 1;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String finding = rs.getString("proposed_finding");
        return new Row(rs.getLong("id"), rs.getString("number"), InvestigationSource.valueOf(rs.getString("source")),
                rs.getString("person_id_number"), rs.getString("person_name"), (Long) rs.getObject("person_account_id"),
                rs.getString("allegation"), rs.getString("opened_by"), rs.getObject("opened_at", OffsetDateTime.class),
                InvestigationStatus.valueOf(rs.getString("status")), rs.getObject("statement_due", OffsetDateTime.class),
                finding == null ? null : IntegrityFinding.valueOf(finding), rs.getString("proposed_facts"),
                rs.getObject("proposed_until", LocalDate.class), rs.getString("proposed_by"), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("outcome"),
                (Long) rs.getObject("integrity_entry_id"));
    }
}
