package org.talentbridge.equivalence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.talentbridge.account.AccountView;
import org.talentbridge.certificate.CertificateStatus;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.shared.policy.TechnicalSchoolClass;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * The module's table {@code tb.equivalence_request}, in plain JDBC (decision 0004: an append-only record of decisions
 * with their evidence as JSON): the numbering, the per-person lock, the insert and the reads. The people and the
 * certificates are added by {@link EquivalenceService} from their own modules.
 */
@Repository
class EquivalenceRequests {

    private static final int LOCK_NAMESPACE = 7315;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    /** The request table only: the person comes from the account module, the certificate from the certificate module. */
    private static final String SELECT = """
            select r.request_number, r.person_account_id, r.school_class, r.exam_field, r.outcome,
                   r.education_level, r.rule_id, r.reason_key, r.reason_args::text as reason_args, r.rules_version,
                   r.requested_by, r.requested_at, r.certificate_number
            from tb.equivalence_request r
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    EquivalenceRequests(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Requests for one person and exam are serialised until the transaction ends (two at once: one decision). */
    void lock(long accountId, ExamField examField) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE, (accountId + ":" + examField).hashCode());
    }

    long nextSequence() {
        return jdbc.queryForObject("select nextval('tb.equivalence_request_seq')", Long.class);
    }

    /** A decided request, as it is recorded. */
    record NewRequest(String number, long accountId, String requestedBy, String requestedAs, TechnicalSchoolClass schoolClass,
                      ExamField examField, boolean granted, String educationLevel, String ruleId, String reasonKey,
                      List<String> reasonArgs, String rulesVersion, Map<String, Object> evidence, String certificateNumber) {
    }

    void insert(NewRequest r) {
        jdbc.update("""
                insert into tb.equivalence_request (request_number, person_account_id, requested_by, requested_as,
                    school_class, exam_field, outcome, education_level, rule_id, reason_key, reason_args, rules_version,
                    evidence, certificate_number)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?)""",
                r.number(), r.accountId(), r.requestedBy(), r.requestedAs(),
                r.schoolClass() == null ? null : r.schoolClass().name(), r.examField().name(),
                r.granted() ? "GRANTED" : "REFUSED", r.educationLevel(), r.ruleId(), r.reasonKey(), toJson(r.reasonArgs()),
                r.rulesVersion(), toJson(r.evidence()), r.certificateNumber());
    }

    /** The requests matching {@code tail} (a where and order clause on alias {@code r}). */
    List<Stored> find(String tail, Object... args) {
        return jdbc.query(SELECT + tail, this::row, args);
    }

    int count(String where, Object... args) {
        return jdbc.queryForObject("select count(*) from tb.equivalence_request r" + where, Integer.class, args);
    }

    private Stored row(ResultSet rs, int n) throws SQLException {
        String schoolClass = rs.getString("school_class");
        OffsetDateTime at = rs.getObject("requested_at", OffsetDateTime.class);
        return new Stored(rs.getString("request_number"), rs.getLong("person_account_id"),
                schoolClass == null ? null : TechnicalSchoolClass.valueOf(schoolClass),
                ExamField.valueOf(rs.getString("exam_field")), "GRANTED".equals(rs.getString("outcome")),
                rs.getString("education_level"), rs.getString("rule_id"), rs.getString("reason_key"),
                fromJson(rs.getString("reason_args")), rs.getString("rules_version"), rs.getString("requested_by"),
                at == null ? null : at.atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime(),
                rs.getString("certificate_number"));
    }

    /** A row of the request table, before its person and certificate are added. */
    record Stored(String requestNumber, long accountId, TechnicalSchoolClass schoolClass, ExamField examField,
                  boolean granted, String educationLevel, String ruleId, String reasonKey, List<String> reasonArgs,
                  String rulesVersion, String requestedBy, OffsetDateTime requestedAt, String certificateNumber) {

        EquivalenceConfirmation confirmation(AccountView person, CertificateView certificate) {
            boolean ours = certificate != null && certificate.certificateNumber().equals(certificateNumber);
            return new EquivalenceConfirmation(requestNumber, person == null ? null : person.displayName(),
                    person == null ? null : ChineseIdNumber.mask(person.idNumber()), schoolClass, examField, granted,
                    educationLevel, ruleId, reasonKey, reasonArgs, rulesVersion, requestedBy, requestedAt, certificateNumber,
                    ours ? certificate.verificationCode() : null, ours && certificate.status() == CertificateStatus.VALID, false);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> fromJson(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
