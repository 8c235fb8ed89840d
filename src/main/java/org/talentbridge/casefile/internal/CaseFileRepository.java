package org.talentbridge.casefile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casefile.VersionView;

/** The case file's own tables ({@code casefile_*}); nobody else reads them. */
@Repository
public class CaseFileRepository {

    private static final String VERSION_COLUMNS =
            "v.id, v.version_no, v.file_name, v.content_type, v.size_bytes, v.sha256, v.uploaded_by, v.uploaded_at";

    private final JdbcTemplate jdbc;

    CaseFileRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A document row: whose, on which item, removed from the profile or not. */
    public record DocumentRow(long id, long ownerAccountId, ItemRef item, boolean removed) {
    }

    /** A frozen row of a case: the document, the version submitted and what changed. */
    public record FrozenRow(long documentId, ItemRef item, VersionView version, String change) {
    }

    public long insertDocument(long owner, ItemRef item, OffsetDateTime at) {
        return jdbc.queryForObject("insert into tb.casefile_document (owner_account_id, item_kind, item_key, created_at) "
                + "values (?, ?, ?, ?) returning id", Long.class, owner, item.kind().name(), item.key(), at);
    }

    public Optional<DocumentRow> document(long id) {
        return jdbc.query("select * from tb.casefile_document where id = ?", this::documentRow, id).stream().findFirst();
    }

    /** Locks the document row, so that two replacements at once get versions 2 and 3, not 2 twice. */
    public void lock(long documentId) {
        jdbc.query("select id from tb.casefile_document where id = ? for update", rs -> null, documentId);
    }

    public List<DocumentRow> activeDocuments(long owner) {
        return jdbc.query("select * from tb.casefile_document where owner_account_id = ? and removed_at is null order by id",
                this::documentRow, owner);
    }

    public int countActive(long owner, ItemRef item) {
        return jdbc.queryForObject("select count(*) from tb.casefile_document where owner_account_id = ? and item_kind = ? "
                + "and item_key = ? and removed_at is null", Integer.class, owner, item.kind().name(), item.key());
    }

    public void remove(long documentId, OffsetDateTime at) {
        jdbc.update("update tb.casefile_document set removed_at = ? where id = ? and removed_at is null", at, documentId);
    }

    public long insertVersion(long documentId, String fileName, String contentType, long size, String sha256,
                              String uploadedBy, OffsetDateTime at) {
        return jdbc.queryForObject("insert into tb.casefile_version (document_id, version_no, file_name, content_type, "
                        + "size_bytes, sha256, uploaded_by, uploaded_at) values (?, (select coalesce(max(version_no), 0) + 1 "
                        + "from tb.casefile_version where document_id = ?), ?, ?, ?, ?, ?, ?) returning id", Long.class,
                documentId, documentId, fileName, contentType, size, sha256, uploadedBy, at);
    }

    /** The document's versions, the newest first. */
    public List<VersionView> versions(long documentId) {
        return jdbc.query("select " + VERSION_COLUMNS + " from tb.casefile_version v where v.document_id = ? "
                + "order by v.version_no desc", (rs, n) -> version(rs), documentId);
    }

    /** The newest version of each of an owner's documents not taken off the profile, by document id (one query). */
    public java.util.Map<Long, VersionView> currentVersions(long owner) {
        java.util.Map<Long, VersionView> byDocument = new java.util.HashMap<>();
        jdbc.query("select distinct on (v.document_id) v.document_id as of_document, " + VERSION_COLUMNS
                + " from tb.casefile_version v join tb.casefile_document d on d.id = v.document_id"
                + " where d.owner_account_id = ? and d.removed_at is null order by v.document_id, v.version_no desc",
                rs -> {
                    byDocument.put(rs.getLong("of_document"), version(rs));
                }, owner);
        return byDocument;
    }

    /** The document a version belongs to. */
    public Optional<Long> documentOfVersion(long versionId) {
        return jdbc.queryForList("select document_id from tb.casefile_version where id = ?", Long.class, versionId)
                .stream().findFirst();
    }

    public Optional<VersionView> version(long versionId) {
        return jdbc.query("select " + VERSION_COLUMNS + " from tb.casefile_version v where v.id = ?",
                (rs, n) -> version(rs), versionId).stream().findFirst();
    }

    /** The number of the case's latest submission (1 for the first), 0 before any. */
    public int latestSubmission(String caseNumber) {
        return jdbc.queryForObject("select coalesce(max(submission_no), 0) from tb.casefile_case_document where case_number = ?",
                Integer.class, caseNumber);
    }

    /** Submissions already frozen without any document still count: a marker of the submission number. */
    public void insertFrozen(String caseNumber, int submissionNo, long applicant, long documentId, long versionId,
                             String change, OffsetDateTime at) {
        jdbc.update("insert into tb.casefile_case_document (case_number, submission_no, applicant_account_id, document_id, "
                + "version_id, change, frozen_at) values (?, ?, ?, ?, ?, ?, ?)", caseNumber, submissionNo, applicant,
                documentId, versionId, change, at);
    }

    public List<FrozenRow> frozen(String caseNumber, int submissionNo) {
        return jdbc.query("select f.document_id, f.change, d.item_kind, d.item_key, " + VERSION_COLUMNS
                        + " from tb.casefile_case_document f join tb.casefile_document d on d.id = f.document_id"
                        + " join tb.casefile_version v on v.id = f.version_id where f.case_number = ? and f.submission_no = ?"
                        + " order by d.item_kind, d.item_key, f.document_id", (rs, n) -> new FrozenRow(rs.getLong("document_id"),
                        item(rs), version(rs), rs.getString("change")), caseNumber, submissionNo);
    }

    public void requestReplacement(String caseNumber, ItemRef item, String by, OffsetDateTime at) {
        jdbc.update("insert into tb.casefile_replacement_request (case_number, item_kind, item_key, requested_by, requested_at) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing", caseNumber, item.kind().name(), item.key(), by, at);
    }

    public List<ItemRef> replacementRequests(String caseNumber) {
        return jdbc.query("select item_kind, item_key from tb.casefile_replacement_request where case_number = ? order by id",
                (rs, n) -> item(rs), caseNumber);
    }

    /**
     * Rule I.6: the documents of the cases given (their latest submission) whose content (SHA-256) is also in a case
     * of another account (its latest submission) or on another account's profile (a current version), one row per
     * place: the other case's number, or null for the other account's profile.
     */
    public List<SharedContent> sharedContent(java.util.Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(caseNumbers.size(), "?"));
        String latestFrozen = "select f.case_number, f.applicant_account_id, v.sha256, v.file_name from tb.casefile_case_document f "
                + "join tb.casefile_version v on v.id = f.version_id where f.change <> 'REMOVED' and f.submission_no = (select max(g.submission_no) "
                + "from tb.casefile_case_document g where g.case_number = f.case_number)";
        String profiles = "select null, d.owner_account_id, v.sha256, v.file_name from tb.casefile_document d "
                + "join tb.casefile_version v on v.document_id = d.id where d.removed_at is null and v.version_no = "
                + "(select max(w.version_no) from tb.casefile_version w where w.document_id = d.id)";
        return jdbc.query("with mine as (select * from (" + latestFrozen + ") m where m.case_number in (" + in + ")), "
                        + "others as (" + latestFrozen + " union " + profiles + ") "
                        + "select distinct m.case_number, m.file_name, m.sha256, o.applicant_account_id as other_account, "
                        + "o.case_number as other_case from mine m join others o on o.sha256 = m.sha256 "
                        + "and o.applicant_account_id <> m.applicant_account_id order by 1, 3, 4, 5",
                (rs, n) -> new SharedContent(rs.getString("case_number"), rs.getString("file_name"), rs.getString("sha256"),
                        rs.getLong("other_account"), rs.getString("other_case")), caseNumbers.toArray());
    }

    /** One case's document whose content is also in another account's case ({@code otherCaseNumber}) or profile (null). */
    public record SharedContent(String caseNumber, String fileName, String sha256, long otherAccountId,
                                String otherCaseNumber) {
    }

    private DocumentRow documentRow(ResultSet rs, int n) throws SQLException {
        return new DocumentRow(rs.getLong("id"), rs.getLong("owner_account_id"), item(rs), rs.getTimestamp("removed_at") != null);
    }

    private static ItemRef item(ResultSet rs) throws SQLException {
        return new ItemRef(ItemKind.valueOf(rs.getString("item_kind")), rs.getString("item_key"));
    }

    private static VersionView version(ResultSet rs) throws SQLException {
        return new VersionView(rs.getLong("id"), rs.getInt("version_no"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
