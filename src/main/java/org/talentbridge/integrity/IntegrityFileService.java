package org.talentbridge.integrity;

import java.time.Clock;
import org.talentbridge.shared.validation.RequiredText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The integrity file (诚信档案库, rule I) for integrity officers and administrators: search, open an entry with
 * the person's history, record an entry, lift one early. The file is append-only (V6 refuses UPDATE and
 * DELETE): lifting is a new LIFTED entry naming the old one. Opening an entry or a person's history is itself
 * audited ({@value #READ_ACTION}, one line per entry shown in full); listing masked search rows is not.
 */
@Service
public class IntegrityFileService {

    public static final String READ_ACTION = "integrity.entryRead";
    static final int MAX_FACTS = 4000;

    private static final String COLUMNS = "id, id_number, person_name, finding, facts, active_from, active_until,"
            + " lifts_entry_id, recorded_by, recorded_at";

    private final JdbcTemplate jdbc;
    private final InputValidator validator;
    private final AuditLog audit;
    private final IntegrityProperties properties;
    private final Clock clock;

    IntegrityFileService(JdbcTemplate jdbc, InputValidator validator, AuditLog audit, IntegrityProperties properties, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.properties = properties;
    }

    public static String subjectOf(long entryId) {
        return "integrity:" + entryId;
    }

    /**
     * Entries whose person's name contains {@code query}, or, when {@code query} is a valid ID number, the entries
     * for exactly that number; everything when blank. Newest first, masked, not audited.
     */
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER','ADMIN')")
    @Transactional(readOnly = true)
    public List<IntegrityEntrySummary> search(String query, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        args.add(Math.max(0, limit));
        args.add(Math.max(0, offset));
        return jdbc.query("select e.*, exists (select 1 from tb.integrity_entry l where l.lifts_entry_id = e.id) as lifted"
                + " from tb.integrity_entry e" + where + " order by e.recorded_at desc, e.id desc limit ? offset ?",
                (rs, n) -> new IntegrityEntrySummary(rs.getLong("id"), ChineseIdNumber.mask(rs.getString("id_number")),
                        rs.getString("person_name"), IntegrityFinding.valueOf(rs.getString("finding")),
                        rs.getObject("active_from", LocalDate.class), rs.getObject("active_until", LocalDate.class),
                        (Long) rs.getObject("lifts_entry_id"), rs.getBoolean("lifted")),
                args.toArray());
    }

    /** How many entries {@link #search} finds (for paging). */
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER','ADMIN')")
    @Transactional(readOnly = true)
    public int count(String query) {
        List<Object> args = new ArrayList<>();
        Integer n = jdbc.queryForObject("select count(*) from tb.integrity_entry e" + where(query, args), Integer.class,
                args.toArray());
        return n == null ? 0 : n;
    }

    private static String where(String query, List<Object> args) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return "";
        }
        if (ChineseIdNumber.isValid(q)) {
            args.add(ChineseIdNumber.normalise(q));
            return " where e.id_number = ?";
        }
        args.add("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return " where e.person_name like ?";
    }

    /** One entry in full, the entries that lift or correct it, and the person's history; every entry shown is audited. */
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER','ADMIN')")
    @Transactional
    public IntegrityEntryDetail open(long entryId) {
        IntegrityEntry entry = find(entryId);
        List<IntegrityEntry> liftedBy = jdbc.query("select " + COLUMNS + " from tb.integrity_entry where lifts_entry_id = ? order by id",
                IntegrityFileService::entry, entryId);
        List<IntegrityEntry> history = entriesOf(entry.idNumber());
        Map<Long, IntegrityEntry> shown = new LinkedHashMap<>();
        shown.put(entry.id(), entry);
        liftedBy.forEach(e -> shown.put(e.id(), e));
        history.forEach(e -> shown.put(e.id(), e));
        shown.keySet().forEach(id -> audit.record(READ_ACTION, subjectOf(id), id == entryId ? "opened" : "history of " + entryId));
        return new IntegrityEntryDetail(entry, liftedBy, history);
    }

    /** Every entry for the ID number, oldest first; every entry returned is audited. */
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER','ADMIN')")
    @Transactional
    public List<IntegrityEntry> history(String idNumber) {
        if (idNumber == null || !ChineseIdNumber.isValid(idNumber)) {
            throw InvalidInputException.of("idNumber", "validation.idNumber");
        }
        List<IntegrityEntry> history = entriesOf(ChineseIdNumber.normalise(idNumber));
        history.forEach(e -> audit.record(READ_ACTION, subjectOf(e.id()), "history"));
        return history;
    }

    /** Records an entry; without an end date it stays in force for {@code app.integrity.default-years}. */
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    @Transactional
    public IntegrityEntry record(IntegrityEntryRequest request) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(request));
        if (request.finding() == IntegrityFinding.LIFTED) {
            problems.add(new FieldProblem("finding", "validation.integrityFindingLifted"));
        }
        if (request.activeFrom() != null && request.activeUntil() != null && request.activeUntil().isBefore(request.activeFrom())) {
            problems.add(new FieldProblem("activeUntil", "validation.endBeforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate until = request.activeUntil() != null ? request.activeUntil()
                : request.activeFrom().plusYears(properties.defaultYears());
        long id = insert(ChineseIdNumber.normalise(request.idNumber()), request.personName().strip(), request.finding(),
                request.facts().strip(), request.activeFrom(), until, null);
        audit.record("integrity.entryRecorded", subjectOf(id), request.finding() + " until " + until);
        return find(id);
    }

    /**
     * The entry a confirmed, four-eyes-approved investigation writes (issue 6): in force from today until
     * {@code until}, or for {@code app.integrity.default-years} when null. A system method inside the finding's
     * transaction: the approver is the signed-in officer and becomes the entry's recorder.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public IntegrityEntry recordFinding(String idNumber, String personName, IntegrityFinding finding, String facts,
                                        String decision, LocalDate until, long investigationId, String proposedBy) {
        if (finding == IntegrityFinding.LIFTED) {
            throw new IllegalArgumentException("a finding cannot be LIFTED");
        }
        LocalDate from = LocalDate.now(clock);
        LocalDate end = until != null ? until : from.plusYears(properties.defaultYears());
        Long id = jdbc.queryForObject("""
                insert into tb.integrity_entry (id_number, person_name, finding, facts, active_from, active_until,
                    recorded_by, investigation_id, decision, proposed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                ChineseIdNumber.normalise(idNumber), personName, finding.name(), facts, from, end,
                AuditLog.currentActor(), investigationId, decision, proposedBy);
        audit.record("integrity.entryRecorded", subjectOf(id), finding + " until " + end + ", investigation " + investigationId);
        return find(id);
    }

    /**
     * Lifts an entry early: a new LIFTED entry for the same person, in force from today, naming the old one, with
     * the reason as its facts. The old entry is never changed.
     */
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    @Transactional
    public IntegrityEntry lift(long entryId, String reason) {
        String why = RequiredText.of(reason, "reason", MAX_FACTS);
        // two officers lifting the same entry at once: the second waits, then finds it lifted
        jdbc.query("select pg_advisory_xact_lock(hashtext('integrity-lift'), ?)", rs -> null, (int) entryId);
        IntegrityEntry old = jdbc.query("select " + COLUMNS + " from tb.integrity_entry where id = ?",
                IntegrityFileService::entry, entryId).stream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("reason", "validation.notFound"));
        if (old.finding() == IntegrityFinding.LIFTED) {
            throw InvalidInputException.of("reason", "validation.integrityNotLiftable");
        }
        Boolean lifted = jdbc.queryForObject("select exists (select 1 from tb.integrity_entry where lifts_entry_id = ?)",
                Boolean.class, entryId);
        if (Boolean.TRUE.equals(lifted)) {
            throw InvalidInputException.of("reason", "validation.integrityAlreadyLifted");
        }
        long id = insert(old.idNumber(), old.personName(), IntegrityFinding.LIFTED, why, LocalDate.now(clock), null, entryId);
        audit.record("integrity.entryLifted", subjectOf(entryId), "lifted by entry " + id + ": " + why);
        audit.record("integrity.entryRecorded", subjectOf(id), "LIFTED, lifts " + entryId);
        return find(id);
    }

    private long insert(String idNumber, String name, IntegrityFinding finding, String facts, LocalDate from, LocalDate until,
                        Long lifts) {
        Long id = jdbc.queryForObject("insert into tb.integrity_entry (id_number, person_name, finding, facts, active_from,"
                        + " active_until, lifts_entry_id, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
                idNumber, name, finding.name(), facts, from, until, lifts, AuditLog.currentActor());
        return id == null ? 0 : id;
    }

    private IntegrityEntry find(long id) {
        return jdbc.query("select " + COLUMNS + " from tb.integrity_entry where id = ?", IntegrityFileService::entry, id)
                .stream().findFirst().orElseThrow(() -> InvalidInputException.of("entry", "validation.notFound"));
    }

    private List<IntegrityEntry> entriesOf(String idNumber) {
        return jdbc.query("select " + COLUMNS + " from tb.integrity_entry where id_number = ? order by recorded_at, id",
                IntegrityFileService::entry, idNumber);
    }

    private static IntegrityEntry entry(ResultSet rs, int n) throws SQLException {
        return new IntegrityEntry(rs.getLong("id"), rs.getString("id_number"), rs.getString("person_name"),
                IntegrityFinding.valueOf(rs.getString("finding")), rs.getString("facts"),
                rs.getObject("active_from", LocalDate.class), rs.getObject("active_until", LocalDate.class),
                (Long) rs.getObject("lifts_entry_id"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
