package org.talentbridge.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * The one way a certificate is issued, whatever its kind (title, skill level, equivalence): once per kind and case
 * number (issues of one case are serialised; the unique index on kind and case number is the last line of defence),
 * numbered {@code <prefix>-<year>-<six digits>} from one sequence, with a fresh verification code, audited. The
 * callers bring the facts (from the events and query APIs of the modules that own them) and check what only they know.
 */
@Component
class CertificateIssuer {

    private static final int LOCK_NAMESPACE = 7313;

    /** What a certificate says: the holder, what it certifies ({@code series}, {@code level}, {@code route}) and for what. */
    record Issue(CertificateKind kind, String numberPrefix, Long holderAccountId, String holderName, String holderIdNumber,
                 String series, String level, String route, String caseNumber) {
    }

    /** The certificate of the case, and whether this call issued it (false: it had been issued before). */
    record Issued(CertificateView certificate, boolean isNew, LocalDate issuedOn) {
    }

    private static final int CODE_BYTES = 16; // 128 bits

    private final JdbcTemplate jdbc;
    private final CertificateRows certificates;
    private final AuditLog audit;
    private final ObjectProvider<Clock> clock;
    private final SecureRandom random = new SecureRandom();

    CertificateIssuer(JdbcTemplate jdbc, CertificateRows certificates, AuditLog audit, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues the certificate dated today, unless one of this kind exists for the case. Runs in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Issued issueOnce(Issue issue) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE,
                (issue.kind() + ":" + issue.caseNumber()).hashCode());
        Optional<CertificateView> issued = certificates.byCase(issue.kind(), issue.caseNumber());
        if (issued.isPresent()) {
            return new Issued(issued.get(), false, issued.get().issuedOn());
        }
        LocalDate today = LocalDate.now(clock.getIfAvailable(Clock::systemDefaultZone));
        long sequence = jdbc.queryForObject("select nextval('tb.certificate_number_seq')", Long.class);
        String number = "%s-%d-%06d".formatted(issue.numberPrefix(), today.getYear(), sequence);
        jdbc.update("""
                insert into tb.certificate (certificate_number, kind, holder_account_id, holder_name, holder_id_masked,
                    series, level, route, case_number, issued_on, issued_by, verification_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                number, issue.kind().name(), issue.holderAccountId(), issue.holderName(),
                ChineseIdNumber.mask(issue.holderIdNumber()), issue.series(), issue.level(), issue.route(),
                issue.caseNumber(), today, AuditLog.currentActor(), newVerificationCode());
        audit.record("certificate.issued", "certificate:" + number, issue.kind() + " " + issue.caseNumber());
        return new Issued(certificates.byCase(issue.kind(), issue.caseNumber()).orElseThrow(), true, today);
    }

    private String newVerificationCode() {
        byte[] bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
