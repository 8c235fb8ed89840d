package org.talentbridge.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reading the certificate table (V13) as {@link CertificateView}s; the services own transactions and permissions. */
@Repository
class CertificateRows {

    private static final String SELECT = """
            select certificate_number, kind, holder_account_id, holder_name, holder_id_masked, series, level, route,
                   case_number, issued_on, verification_code, status, voided_at from tb.certificate""";

    private final JdbcTemplate jdbc;

    CertificateRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CertificateView> one(String where, Object... args) {
        return list(" where " + where, args).stream().findFirst();
    }

    /** {@code tail}: a where clause, an order and a limit, as needed. */
    List<CertificateView> list(String tail, Object... args) {
        return jdbc.query(SELECT + tail, CertificateRows::row, args);
    }

    Optional<CertificateView> byCase(CertificateKind kind, String caseNumber) {
        return one("kind = ? and case_number = ?", kind.name(), caseNumber);
    }

    private static CertificateView row(ResultSet rs, int n) throws SQLException {
        return new CertificateView(rs.getString("certificate_number"), CertificateKind.valueOf(rs.getString("kind")),
                rs.getLong("holder_account_id"), rs.getString("holder_name"), rs.getString("holder_id_masked"),
                rs.getString("series"), rs.getString("level"), rs.getString("route"), rs.getString("case_number"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("verification_code"),
                CertificateStatus.valueOf(rs.getString("status")), inLocalZone(rs.getObject("voided_at", OffsetDateTime.class)));
    }

    /** Times read back from PostgreSQL come in UTC; dates shown (voided on …) are the application's local dates. */
    private static OffsetDateTime inLocalZone(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(java.time.ZoneId.systemDefault()).toOffsetDateTime();
    }
}
