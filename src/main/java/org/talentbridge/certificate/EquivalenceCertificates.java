package org.talentbridge.certificate;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.account.Role;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * Exam-registration equivalence confirmations (pathway Q, issue 7 item 5) as certificates of kind EQUIVALENCE: the
 * exam in {@code series}, the education level it counts as in {@code level}, the technical-school class in
 * {@code route}, and the request number in {@code case_number} (so issue 6 voids them by case number like any other).
 * Only the equivalence module calls {@link #issue}, after the decision table granted a request.
 */
@Service
public class EquivalenceCertificates {

    private static final int LOCK_NAMESPACE = 7314;

    /** What a granted request confirms, for the certificate. */
    public record Grant(String requestNumber, Long holderAccountId, String holderName, String holderIdNumber,
                        String schoolClass, String examField, String educationLevel, String numberPrefix) {
    }

    private final JdbcTemplate jdbc;
    private final CertificateService certificates;
    private final CertificatePdf pdf;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    EquivalenceCertificates(JdbcTemplate jdbc, CertificateService certificates, CertificatePdf pdf,
                            CurrentUser currentUser, AuditLog audit) {
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Issues the confirmation of a granted request, dated today. Idempotent per request number: a second call
     * returns the first certificate (issues for one request are serialised; the unique index on kind and case
     * number is the last line of defence). Runs in the caller's transaction.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'EXAM_OFFICE')")
    @Transactional(propagation = Propagation.MANDATORY)
    public CertificateView issue(Grant grant) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE, grant.requestNumber().hashCode());
        Optional<CertificateView> issued = certificates.findByCase(CertificateKind.EQUIVALENCE, grant.requestNumber());
        if (issued.isPresent()) {
            return issued.get();
        }
        LocalDate today = LocalDate.now();
        long sequence = jdbc.queryForObject("select nextval('tb.certificate_number_seq')", Long.class);
        String number = "%s-%d-%06d".formatted(grant.numberPrefix(), today.getYear(), sequence);
        jdbc.update("""
                insert into tb.certificate (certificate_number, kind, holder_account_id, holder_name, holder_id_masked,
                    series, level, route, case_number, issued_on, issued_by, verification_code)
                values (?, 'EQUIVALENCE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                number, grant.holderAccountId(), grant.holderName(), ChineseIdNumber.mask(grant.holderIdNumber()),
                grant.examField(), grant.educationLevel(), grant.schoolClass(), grant.requestNumber(), today,
                AuditLog.currentActor(), certificates.newVerificationCode());
        audit.record("certificate.issued", "certificate:" + number, "EQUIVALENCE " + grant.requestNumber());
        return certificates.findByCase(CertificateKind.EQUIVALENCE, grant.requestNumber()).orElseThrow();
    }

    /** The confirmation issued for a request, if any (the caller has checked who may see the request). */
    @Transactional(readOnly = true)
    public Optional<CertificateView> ofRequest(String requestNumber) {
        return certificates.findByCase(CertificateKind.EQUIVALENCE, requestNumber);
    }

    /**
     * The confirmation as a PDF: its holder, an exam office user or an administrator. Anyone else, and any number
     * that is not an equivalence confirmation, is refused alike.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'EXAM_OFFICE', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] pdf(String requestNumber) {
        AccountView me = currentUser.require();
        CertificateView c = certificates.findByCase(CertificateKind.EQUIVALENCE, requestNumber)
                .filter(found -> found.holderAccountId().equals(me.id()) || me.hasRole(Role.EXAM_OFFICE)
                        || me.hasRole(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("not your confirmation"));
        return pdf.render(c);
    }
}
